namespace Hamahang.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>
/// The graphql-transport-ws protocol seen from a raw socket: each close code, ping/pong, and complete from
/// either side. See https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md.
/// </summary>
public sealed class ProtocolTests : IAsyncLifetime
{
    private TestHost _host = null!;

    // A busy CI machine can take seconds to deliver connection_init, so only the timeout test gets a short one.
    public async Task InitializeAsync() => _host = await TestHost.StartAsync(new GraphQLHttpOptions { ConnectionInitTimeout = TimeSpan.FromSeconds(30) });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task NoConnectionInitWithinTheTimeoutClosesWith4408()
    {
        await using var host = await TestHost.StartAsync(new GraphQLHttpOptions { ConnectionInitTimeout = TimeSpan.FromMilliseconds(300) });
        await using var socket = await RawSocket.ConnectAsync(host);
        Assert.Equal(4408, await socket.ReceiveCloseAsync());
        Assert.Equal("Connection initialisation timeout", socket.CloseReason);
    }

    [Fact]
    public async Task ASecondConnectionInitClosesWith4429()
    {
        await using var socket = await RawSocket.ConnectAndInitAsync(_host);
        await socket.SendAsync("""{"type":"connection_init"}""");
        Assert.Equal(4429, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task ASubscribeBeforeTheAckClosesWith4401()
    {
        await using var socket = await RawSocket.ConnectAsync(_host);
        await socket.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ hello }"}}""");
        Assert.Equal(4401, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task ASubscribeWithTheIdOfARunningOperationClosesWith4409()
    {
        await using var socket = await RawSocket.ConnectAndInitAsync(_host);
        await socket.SendAsync("""{"id":"a","type":"subscribe","payload":{"query":"subscription { ticks }"}}""");
        Assert.Equal("next", (await socket.ReceiveAsync())?["type"]?.GetValue<string>());
        await socket.SendAsync("""{"id":"a","type":"subscribe","payload":{"query":"subscription { ticks }"}}""");
        Assert.Equal(4409, await socket.ReceiveCloseAsync());
        Assert.Equal("Subscriber for a already exists", socket.CloseReason);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"type":"shout"}""")]
    [InlineData("""[1,2]""")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ hello }"}}""")]
    [InlineData("""{"id":"1","type":"subscribe","payload":{"query":7}}""")]
    public async Task AnInvalidMessageClosesWith4400(string message)
    {
        await using var socket = await RawSocket.ConnectAndInitAsync(_host);
        await socket.SendAsync(message);
        Assert.Equal(4400, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task AClientWithoutTheSubprotocolIsClosedWith4406()
    {
        await using var socket = await RawSocket.ConnectAsync(_host, "graphql-ws");
        Assert.Equal(4406, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task APingIsAnsweredWithAPong()
    {
        await using var socket = await RawSocket.ConnectAndInitAsync(_host);
        await socket.SendAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (await socket.ReceiveAsync())?["type"]?.GetValue<string>());
    }

    [Fact]
    public async Task ASubscriptionSendsEachEventThenCompletes()
    {
        await using var socket = await RawSocket.ConnectAndInitAsync(_host);
        await socket.SendAsync("""{"id":"c","type":"subscribe","payload":{"query":"subscription($n: Int!) { countdown(from: $n) }","variables":{"n":3}}}""");
        var messages = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var message = (await socket.ReceiveAsync())!;
            Assert.Equal("c", message["id"]!.GetValue<string>());
            messages.Add(message["type"]!.GetValue<string>() + (message["payload"]?["data"]?["countdown"] is { } n ? ":" + n : string.Empty));
        }

        Assert.Equal(["next:3", "next:2", "next:1", "complete"], messages);
    }

    [Fact]
    public async Task ACompleteFromTheClientStopsTheOperation()
    {
        await using var socket = await RawSocket.ConnectAndInitAsync(_host);
        await socket.SendAsync("""{"id":"t","type":"subscribe","payload":{"query":"subscription { ticks }"}}""");
        Assert.Equal("next", (await socket.ReceiveAsync())?["type"]?.GetValue<string>());
        await socket.SendAsync("""{"id":"t","type":"complete"}""");
        await Task.Delay(150);
        await socket.SendAsync("""{"type":"ping"}""");
        while ((await socket.ReceiveAsync())?["type"]?.GetValue<string>() is "next")
        {
            // Events already on the wire when the complete arrived.
        }

        await Task.Delay(200);
        await socket.SendAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (await socket.ReceiveAsync())?["type"]?.GetValue<string>());
    }

    [Fact]
    public async Task AnInvalidDocumentIsAnErrorMessageWithTheValidationErrors()
    {
        await using var socket = await RawSocket.ConnectAndInitAsync(_host);
        await socket.SendAsync("""{"id":"v","type":"subscribe","payload":{"query":"subscription { nope }"}}""");
        var message = (await socket.ReceiveAsync())!;
        Assert.Equal("error", message["type"]!.GetValue<string>());
        Assert.Contains("nope", message["payload"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        await socket.SendAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (await socket.ReceiveAsync())?["type"]?.GetValue<string>());
    }
}
