using System.Buffers;
using System.Net.WebSockets;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hamahang.GraphQL.AspNetCore.Http;

namespace Hamahang.GraphQL.AspNetCore.WebSockets;

/// <content>The messages a client sends, and how the session answers each.</content>
internal sealed partial class GraphQLWebSocketSession
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Handles one message; false when it closed the connection.</summary>
    private async Task<bool> DispatchAsync(JsonElement message)
    {
        var type = message.ValueKind == JsonValueKind.Object
            && message.TryGetProperty("type", out var typeElement)
            && typeElement.ValueKind == JsonValueKind.String
            ? typeElement.GetString()
            : null;
        switch (type)
        {
            case "connection_init":
                return await InitialiseAsync(message).ConfigureAwait(false);
            case "ping":
                await SendAsync(writer => writer.WriteString("type", "pong")).ConfigureAwait(false);
                return true;
            case "pong":
                return true;
            case "subscribe":
                return await SubscribeAsync(message).ConfigureAwait(false);
            case "complete" when IdOf(message) is { } id:
                if (_operations.TryRemove(id, out var operation))
                {
                    await operation.CancelAsync().ConfigureAwait(false);
                }

                return true;
            default:
                return await InvalidAsync(type is null ? "Invalid message received" : $"Invalid message of type '{type}' received").ConfigureAwait(false);
        }
    }

    private async Task<bool> InitialiseAsync(JsonElement message)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            await CloseAsync(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests").ConfigureAwait(false);
            return false;
        }

        Dictionary<string, object?>? payload = null;
        if (message.TryGetProperty("payload", out var payloadElement) && payloadElement.ValueKind != JsonValueKind.Null)
        {
            if (payloadElement.ValueKind != JsonValueKind.Object)
            {
                return await InvalidAsync("The connection_init payload must be an object").ConfigureAwait(false);
            }

            payload = payloadElement.Clone().EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value, StringComparer.Ordinal);
        }

        var data = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var interceptor in _runner.Interceptors)
        {
            if (await interceptor.OnConnectAsync(_http, payload, data, _closed.Token).ConfigureAwait(false) is not null)
            {
                await CloseAsync(CloseCodes.Forbidden, "Forbidden").ConfigureAwait(false);
                return false;
            }
        }

        _connectionData = data.Count > 0 ? data : null;
        _acknowledged = true;
        await SendAsync(writer => writer.WriteString("type", "connection_ack")).ConfigureAwait(false);
        return true;
    }

    private async Task<bool> SubscribeAsync(JsonElement message)
    {
        if (!_acknowledged)
        {
            await CloseAsync(CloseCodes.Unauthorized, "Unauthorized").ConfigureAwait(false);
            return false;
        }

        if (IdOf(message) is not { } id
            || !message.TryGetProperty("payload", out var payloadElement)
            || payloadElement.ValueKind != JsonValueKind.Object)
        {
            return await InvalidAsync("A subscribe message needs an id and a payload object").ConfigureAwait(false);
        }

        RequestParameters parameters;
        try
        {
            parameters = RequestParameters.FromJson(payloadElement.Clone());
        }
        catch (TransportException invalid)
        {
            return await InvalidAsync(invalid.Message).ConfigureAwait(false);
        }

        var operation = CancellationTokenSource.CreateLinkedTokenSource(_closed.Token);
        if (!_operations.TryAdd(id, operation))
        {
            operation.Dispose();
            await CloseAsync(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists").ConfigureAwait(false);
            return false;
        }

        _ = RunOperationAsync(id, parameters, operation);
        return true;
    }

    private async Task<bool> InvalidAsync(string reason)
    {
        await CloseAsync(CloseCodes.InvalidMessage, reason).ConfigureAwait(false);
        return false;
    }

    private static string? IdOf(JsonElement message) =>
        message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value ? value : null;

    /// <summary>Sends one message (an object the callback writes the members of), one send at a time.</summary>
    private async Task SendAsync(Action<Utf8JsonWriter> writeMembers)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writeMembers(writer);
            writer.WriteEndObject();
        }

        await _sendLock.WaitAsync(_closed.Token).ConfigureAwait(false);
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, true, _closed.Token).ConfigureAwait(false);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
