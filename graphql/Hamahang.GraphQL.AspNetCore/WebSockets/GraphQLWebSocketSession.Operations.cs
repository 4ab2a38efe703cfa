using System.Net.WebSockets;
using System.Text.Json;
using Hamahang.GraphQL.AspNetCore.Http;
using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hamahang.GraphQL.AspNetCore.WebSockets;

/// <content>
/// Running one operation: <c>Next</c> for every result, <c>Complete</c> when the stream ends, <c>Error</c>
/// (and no <c>Complete</c>) when the request fails before execution. Each operation gets its own service scope.
/// </content>
internal sealed partial class GraphQLWebSocketSession
{
    private async Task RunOperationAsync(string id, RequestParameters parameters, CancellationTokenSource operation)
    {
        var token = operation.Token;
        try
        {
            // The interceptors see the scope the operation runs in, so what they set for its resolvers is there.
            var scope = _scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                GraphQLRequest request;
                try
                {
                    request = await _runner.InterceptAsync(
                        _http,
                        _documents.Resolve(parameters),
                        _connectionData,
                        true,
                        token,
                        scope.ServiceProvider).ConfigureAwait(false);
                }
                catch (TransportException refused)
                {
                    await FinishAsync(id, operation, [refused.ToError()]).ConfigureAwait(false);
                    return;
                }

                await foreach (var result in _runner.Executor.SubscribeAsync(request, scope.ServiceProvider, token).ConfigureAwait(false))
                {
                    if (!result.HasData)
                    {
                        await FinishAsync(id, operation, result.Errors).ConfigureAwait(false);
                        return;
                    }

                    await SendAsync(writer =>
                    {
                        writer.WriteString("id", id);
                        writer.WriteString("type", "next");
                        writer.WritePropertyName("payload");
                        result.WriteTo(writer);
                    }).ConfigureAwait(false);
                }
            }

            await FinishAsync(id, operation, null).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The client completed the operation or went away.
        }
        catch (Exception exception)
        {
            TransportLog.OperationFailed(_logger, exception, id);
            await FinishAsync(
                id,
                operation,
                [new GraphQLError(
                    "Unexpected Execution Error",
                    extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalServerError })]).ConfigureAwait(false);
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, operation));
            operation.Dispose();
        }
    }

    /// <summary>
    /// Ends an operation the server side: <c>Complete</c>, or <c>Error</c> with <paramref name="errors"/>; unless the
    /// client completed it first.
    /// </summary>
    private async Task FinishAsync(string id, CancellationTokenSource operation, IReadOnlyList<GraphQLError>? errors)
    {
        // Forget the id before answering, so the client may reuse it as soon as it reads the answer.
        if (!_operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, operation)))
        {
            return;
        }

        await SendAsync(writer =>
        {
            writer.WriteString("id", id);
            writer.WriteString("type", errors is null ? "complete" : "error");
            if (errors is not null)
            {
                writer.WritePropertyName("payload");
                using var json = JsonDocument.Parse(ExecutionResult.FromErrors(errors).ToJson());
                json.RootElement.GetProperty("errors").WriteTo(writer);
            }
        }).ConfigureAwait(false);
    }
}
