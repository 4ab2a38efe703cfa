using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Hamahang.GraphQL.AspNetCore.Tests.Http;

/// <summary>
/// graphql-http's audit suite (tests/conformance/http-audit.mjs) against our host on a loopback port:
/// every MUST and SHOULD audit passes; the MAY audits passed are printed.
/// </summary>
public sealed class GraphQLHttpAuditTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EveryMustAndShouldAuditOfGraphQLHttpPasses(bool preflight)
    {
        await using var host = await TestHost.StartAsync();
        var arguments = preflight ? new[] { host.GraphQL.ToString(), "--preflight" } : [host.GraphQL.ToString()];
        var report = JsonNode.Parse(await NodeScript.RunAsync("http-audit.mjs", arguments))!;
        var counts = report["counts"]!;
        output.WriteLine($"graphql-http audits ({(preflight ? "with" : "without")} GraphQL-Preflight): {report["total"]} in all; "
            + $"MUST {counts["MUST"]!["ok"]} ok, SHOULD {counts["SHOULD"]!["ok"]} ok, MAY {counts["MAY"]!["ok"]} of " +
                $"{(int)counts["MAY"]!["ok"]! + (int)counts["MAY"]!["failed"]!} ok");
        foreach (var notice in report["notices"]!.AsArray())
        {
            output.WriteLine($"  MAY not taken: {notice!["id"]} {notice["name"]}: {notice["reason"]}");
        }

        Assert.True(report["errors"]!.AsArray().Count == 0, "errors: " + report["errors"]!.ToJsonString());
        Assert.True(report["warnings"]!.AsArray().Count == 0, "warnings: " + report["warnings"]!.ToJsonString());
        Assert.Equal(0, (int)counts["MUST"]!["failed"]!);
        Assert.True((int)counts["MUST"]!["ok"]! > 0);
    }
}
