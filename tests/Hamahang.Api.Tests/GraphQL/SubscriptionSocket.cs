using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hamahang.Api.Tests.GraphQL;

/// <summary>A graphql-transport-ws client over the test server, authenticated by an API key in <c>connection_init</c>.</summary>
internal sealed class SubscriptionSocket : IAsyncDisposable
{
    private readonly WebSocket socket;

    private SubscriptionSocket(WebSocket socket) => this.socket = socket;

    public static async Task<SubscriptionSocket> ConnectAsync(WebApplicationFactory<Program> factory, string key)
    {
        var client = factory.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        var socket = new SubscriptionSocket(await client.ConnectAsync(new Uri("ws://localhost/graphql"), CancellationToken.None));
        await socket.SendAsync(new JsonObject { ["type"] = "connection_init", ["payload"] = new JsonObject { ["Authorization"] = "ApiKey " + key } });
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())?["type"]?.GetValue<string>());
        return socket;
    }

    public Task SubscribeAsync(string id, string query) =>
        SendAsync(new JsonObject { ["id"] = id, ["type"] = "subscribe", ["payload"] = new JsonObject { ["query"] = query } });

    public Task SendAsync(JsonObject message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message, or null when the server closed or nothing came in time.</summary>
    public async Task<JsonNode?> ReceiveAsync(int timeoutMilliseconds = 15_000)
    {
        using var timeout = new CancellationTokenSource(timeoutMilliseconds);
        var buffer = new byte[64 * 1024];
        var length = 0;
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.AsMemory(length), timeout.Token);
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
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        socket.Dispose();
    }
}
