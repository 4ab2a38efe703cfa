using Microsoft.Extensions.Logging;

namespace Hamahang.GraphQL.AspNetCore;

/// <summary>The transport's log messages.</summary>
internal static partial class TransportLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "A request of a batch was refused: {Code}")]
    public static partial void BatchItemRefused(ILogger logger, string code);

    [LoggerMessage(Level = LogLevel.Error, Message = "A GraphQL HTTP request failed.")]
    public static partial void RequestFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A GraphQL WebSocket connection ended abruptly.")]
    public static partial void ConnectionAborted(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL WebSocket operation {Id} failed.")]
    public static partial void OperationFailed(ILogger logger, Exception exception, string id);
}
