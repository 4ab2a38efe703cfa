using System.Text.Json.Nodes;

namespace Hamahang.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>graphql-ws's own client (npm graphql-ws over ws; tests/conformance/ws-client.mjs) against our host.</summary>
public sealed class GraphQLWsClientTests
{
    [Fact]
    public async Task GraphQLWsClientReceivesThreeEventsAndCompletion()
    {
        await using var host = await TestHost.StartAsync();
        var output = await NodeScript.RunAsync(
            "ws-client.mjs",
            host.WebSocket.ToString(),
            "subscription Countdown($from: Int!) { countdown(from: $from) }",
            """{"from":3}""");
        var result = JsonNode.Parse(output)!;
        Assert.Equal([3, 2, 1], result["events"]!.AsArray().Select(e => e!["data"]!["countdown"]!.GetValue<int>()));
        Assert.True(result["completed"]!.GetValue<bool>());
        Assert.Null(result["error"]);
    }

    [Fact]
    public async Task GraphQLWsClientSeesValidationErrorsAsAnError()
    {
        await using var host = await TestHost.StartAsync();
        var output = await NodeScript.RunAsync("ws-client.mjs", host.WebSocket.ToString(), "subscription { nope }");
        var result = JsonNode.Parse(output)!;
        Assert.Empty(result["events"]!.AsArray());
        Assert.False(result["completed"]!.GetValue<bool>());
        Assert.Contains("nope", result["error"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
