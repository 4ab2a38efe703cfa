using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using Hamahang.GraphQL.AspNetCore.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hamahang.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// One <c>graphql-transport-ws</c> connection: <c>ConnectionInit</c> within the timeout (else 4408), one only
/// (else 4429), <c>Subscribe</c> only after <c>ConnectionAck</c> (else 4401), unique operation ids (else 4409),
/// well-formed messages (else 4400), <c>Ping</c>/<c>Pong</c>, and <c>Complete</c> from either side.
/// See https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md.
/// </summary>
internal sealed partial class GraphQLWebSocketSession : IDisposable
{
    private readonly WebSocket _socket;
    private readonly HttpContext _http;
    private readonly GraphQLRequestRunner _runner;
    private readonly DocumentResolver _documents;
    private readonly GraphQLHttpOptions _options;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _closed;
    private Dictionary<string, object?>? _connectionData;
    private int _initReceived;
    private volatile bool _acknowledged;

    public GraphQLWebSocketSession(
        WebSocket socket,
        HttpContext http,
        GraphQLRequestRunner runner,
        DocumentResolver documents,
        GraphQLHttpOptions options,
        IServiceScopeFactory scopes,
        ILogger logger)
    {
        _socket = socket;
        _http = http;
        _runner = runner;
        _documents = documents;
        _options = options;
        _scopes = scopes;
        _logger = logger;
        _closed = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    }

    /// <summary>Reads messages until the connection closes; then ends every running operation.</summary>
    public async Task RunAsync()
    {
        _ = CloseUnlessInitialisedAsync();
        try
        {
            while (!_closed.IsCancellationRequested && await ReceiveAsync().ConfigureAwait(false) is { } message)
            {
                using (message)
                {
                    if (!await DispatchAsync(message.RootElement).ConfigureAwait(false))
                    {
                        break;
                    }
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            TransportLog.ConnectionAborted(_logger, exception);
        }
        finally
        {
            await _closed.CancelAsync().ConfigureAwait(false);
            foreach (var operation in _operations.Values)
            {
                await operation.CancelAsync().ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _sendLock.Dispose();
        _closed.Dispose();
    }

    /// <summary>Closes the connection with a protocol close code.</summary>
    public async Task CloseAsync(int code, string reason)
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (WebSocketException)
        {
            // The client is gone already.
        }
        finally
        {
            _sendLock.Release();

            // Wait a moment for the client's close frame (cancelling a receive aborts the socket at once).
            _closed.CancelAfter(TimeSpan.FromSeconds(2));
        }
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(_options.ConnectionInitTimeout, _closed.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (Volatile.Read(ref _initReceived) == 0)
        {
            await CloseAsync(CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout").ConfigureAwait(false);
        }
    }

    /// <summary>The next message as JSON; null when the client closed, or when the message broke the protocol (the connection is then closed).</summary>
    private async Task<JsonDocument?> ReceiveAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.GetMemory(4096), _closed.Token).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await CloseAsync((int)WebSocketCloseStatus.NormalClosure, string.Empty).ConfigureAwait(false);
                return null;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > _options.MaxRequestBodySize)
            {
                await CloseAsync((int)WebSocketCloseStatus.MessageTooBig, "Message too large").ConfigureAwait(false);
                return null;
            }

            if (result.EndOfMessage)
            {
                break;
            }
        }

        try
        {
            // A text frame must be UTF-8 (RFC 6455 section 5.6); System.Text.Json would only find out when a string is read.
            return System.Text.Unicode.Utf8.IsValid(buffer.WrittenSpan)
                ? JsonDocument.Parse(buffer.WrittenMemory)
                : throw new JsonException("The message is not valid UTF-8.");
        }
        catch (JsonException)
        {
            await CloseAsync(CloseCodes.InvalidMessage, "Invalid message received").ConfigureAwait(false);
            return null;
        }
    }
}
