using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Hamahang.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>A WebSocket client that speaks graphql-transport-ws by hand, so tests can break the protocol on purpose.</summary>
public sealed class RawSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    /// <summary>The close code the server sent, once it closed.</summary>
    public int? CloseCode => (int?)_socket.CloseStatus;

    /// <summary>The close reason the server sent.</summary>
    public string? CloseReason => _socket.CloseStatusDescription;

    public static async Task<RawSocket> ConnectAsync(TestHost host, string protocol = "graphql-transport-ws", Action<ClientWebSocketOptions>? configure = null)
    {
        var raw = new RawSocket();
        raw._socket.Options.AddSubProtocol(protocol);
        configure?.Invoke(raw._socket.Options);
        await raw._socket.ConnectAsync(host.WebSocket, CancellationToken.None);
        return raw;
    }

    /// <summary>Connects, sends <c>connection_init</c> and reads the <c>connection_ack</c>.</summary>
    public static async Task<RawSocket> ConnectAndInitAsync(TestHost host, Action<ClientWebSocketOptions>? configure = null)
    {
        var raw = await ConnectAsync(host, configure: configure);
        await raw.SendAsync("""{"type":"connection_init"}""");
        var ack = await raw.ReceiveAsync();
        Assert.Equal("connection_ack", ack?["type"]?.GetValue<string>());
        return raw;
    }

    public Task SendAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message as JSON, or null when the server closed the connection (see <see cref="CloseCode"/>).</summary>
    public async Task<JsonNode?> ReceiveAsync(int timeoutMilliseconds = 10_000)
    {
        using var timeout = new CancellationTokenSource(timeoutMilliseconds);
        var buffer = new byte[64 * 1024];
        var length = 0;
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.AsMemory(length), timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            length += result.Count;
            if (result.EndOfMessage)
            {
                return JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, length));
            }
        }
    }

    /// <summary>Reads messages until the server closes; the close code.</summary>
    public async Task<int?> ReceiveCloseAsync()
    {
        while (await ReceiveAsync() is not null)
        {
        }

        return CloseCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        _socket.Dispose();
    }
}
