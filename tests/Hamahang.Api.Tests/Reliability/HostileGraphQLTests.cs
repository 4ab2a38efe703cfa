using System.Net;
using System.Text.Json;
using Hamahang.Api.Data;
using Hamahang.GraphQL.EntityFramework.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Hamahang.Api.Tests.Reliability;

/// <summary>The host in Development with a counter of the SQL commands it sends.</summary>
public class CountingDevelopmentHostFactory : HostFactory
{
    public CommandCounter Counter { get; } = new();

    protected override IEnumerable<IInterceptor> Interceptors => [Counter];
}

/// <summary>The same, in Production (introspection and suggestions off).</summary>
public sealed class CountingProductionHostFactory : CountingDevelopmentHostFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}

/// <summary>
/// The "hostile GraphQL" list of issue 18, each sent to the real host as an attacker would send it: each is refused
/// with a code, with one error (or a bounded list, for validation), and without a single SQL command.
/// </summary>
public sealed class HostileGraphQLTests(CountingDevelopmentHostFactory development, CountingProductionHostFactory production, ITestOutputHelper output)
    : IClassFixture<CountingDevelopmentHostFactory>, IClassFixture<CountingProductionHostFactory>
{
    public static TheoryData<string> Names => [.. HostileRequests.All.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task EachHostileRequestIsRefusedWithACodeBeforeAnySqlCommand(string name)
    {
        var probe = HostileRequests.All.Single(r => r.Name == name);

        var answer = await SendAsync(probe);

        Assert.True(answer.Status == probe.Status, $"{name}: {(int)answer.Status} {answer.Text}");
        Assert.True(answer.Codes.Count == probe.Errors, $"{name}: {answer.Codes.Count} errors, {probe.Errors} expected: {answer.Text}");
        Assert.True(answer.Codes.All(c => c == probe.Code), $"{name}: codes {string.Join(", ", answer.Codes)}, {probe.Code} expected");
        Assert.True(answer.Commands == 0, $"{name}: {answer.Commands} SQL commands before the refusal: {string.Join(" | ", RequestCommands(factory(probe)))}");
        Assert.True(probe.Check is null || probe.Check(answer.Text), $"{name}: {answer.Text}");
        Assert.DoesNotContain("   at ", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheWholeListTwiceOverPrintsItsFiguresAndTheHostStaysUp()
    {
        var (sent, rejected, fivehundreds, leaks) = (0, 0, 0, 0);
        for (var round = 0; round < 2; round++)
        {
            foreach (var probe in HostileRequests.All)
            {
                var answer = await SendAsync(probe);
                sent++;
                rejected += answer.Codes.Count > 0 && answer.Codes.All(c => c is not null) && answer.Commands == 0 ? 1 : 0;
                fivehundreds += (int)answer.Status >= 500 ? 1 : 0;
                leaks += answer.Text.Contains("Exception", StringComparison.Ordinal) || answer.Text.Contains("   at ", StringComparison.Ordinal) ? 1 : 0;
            }
        }

        using var client = development.CreateClient();
        var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var line =
            $"hostile graphql: {sent} requests sent, rejected by code: {rejected}, 500s: {fivehundreds}, leaks: {leaks}, writes lost: 0 (no SQL command sent)";
        output.WriteLine(line);
        Console.WriteLine(line);

        Assert.Equal(sent, rejected);
        Assert.Equal(0, fivehundreds);
        Assert.Equal(0, leaks);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    /// <summary>The commands sent, but the subscription outbox's poll, which runs on its own clock whatever the requests.</summary>
    private static List<string> RequestCommands(CountingDevelopmentHostFactory host) =>
        [.. host.Counter.Commands.Where(c => !c.Contains("FROM \"GraphQLOutbox\"", StringComparison.Ordinal))];

    private CountingDevelopmentHostFactory factory(HostileRequest probe) => probe.Production ? production : development;

    private async Task<HostileAnswer> SendAsync(HostileRequest probe)
    {
        var factory = this.factory(probe);
        using var client = factory.CreateClient();
        using var request = probe.Build();
        factory.Counter.Reset();
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var commands = RequestCommands(factory).Count;
        List<string?> codes = [];
        try
        {
            using var body = JsonDocument.Parse(text);
            if (body.RootElement.TryGetProperty("errors", out var errors))
            {
                codes = [.. errors.EnumerateArray()
                    .Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null)];
            }
        }
        catch (JsonException)
        {
            codes = [null];
        }

        return new HostileAnswer(response.StatusCode, text, codes, commands);
    }
}

/// <summary>What the host answered a hostile request, and how many SQL commands it sent meanwhile.</summary>
internal sealed record HostileAnswer(HttpStatusCode Status, string Text, List<string?> Codes, int Commands);
