using Hamahang.GraphQL.AspNetCore.Tests.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>Authentication over WebSocket: from the <c>connection_init</c> payload, or from the upgrade request's headers.</summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await TestHost.StartAsync(configure: services => services.AddSingleton<IRequestInterceptor, EndpointTests.ApiKeyInterceptor>());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task TheConnectionInitPayloadAuthenticatesEveryOperationOfTheConnection()
    {
        await using var socket = await RawSocket.ConnectAsync(_host);
        await socket.SendAsync("""{"type":"connection_init","payload":{"apiKey":"partner-3"}}""");
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())?["type"]?.GetValue<string>());
        await socket.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ whoami }"}}""");
        var next = (await socket.ReceiveAsync())!;
        Assert.Equal("partner-3", next["payload"]!["data"]!["whoami"]!.GetValue<string>());
        Assert.Equal("complete", (await socket.ReceiveAsync())?["type"]?.GetValue<string>());
    }

    [Fact]
    public async Task AConnectionInitWithoutCredentialsClosesWith4403()
    {
        await using var socket = await RawSocket.ConnectAsync(_host);
        await socket.SendAsync("""{"type":"connection_init","payload":{}}""");
        Assert.Equal(4403, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task GraphQLWsClientAuthenticatesWithConnectionParams()
    {
        var output = await NodeScript.RunAsync("ws-client.mjs", _host.WebSocket.ToString(), "{ whoami }", "{}", """{"apiKey":"editor-1"}""");
        var result = System.Text.Json.Nodes.JsonNode.Parse(output)!;
        Assert.Equal("editor-1", result["events"]![0]!["data"]!["whoami"]!.GetValue<string>());
        Assert.True(result["completed"]!.GetValue<bool>());
    }
}
