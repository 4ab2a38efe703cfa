using Hamahang.GraphQL.AspNetCore.Http;
using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Hamahang.GraphQL.AspNetCore;

/// <summary>
/// What HTTP and WebSocket share between a resolved request and the executor: the interceptors, which may
/// add context data or reject the request, and the executor itself.
/// </summary>
internal sealed class GraphQLRequestRunner
{
    private readonly IRequestInterceptor[] _interceptors;

    public GraphQLRequestRunner(IRequestExecutor executor, IEnumerable<IRequestInterceptor> interceptors)
    {
        Executor = executor;
        _interceptors = [.. interceptors];
    }

    /// <summary>The executor.</summary>
    public IRequestExecutor Executor { get; }

    /// <summary>The registered interceptors, in order.</summary>
    public IReadOnlyList<IRequestInterceptor> Interceptors => _interceptors;

    /// <summary>
    /// Runs the interceptors over <paramref name="request"/>: the request to run (with its context data), or
    /// a <see cref="TransportException"/> with the first interceptor's rejection.
    /// </summary>
    public async ValueTask<GraphQLRequest> InterceptAsync(
        HttpContext httpContext,
        GraphQLRequest request,
        IReadOnlyDictionary<string, object?>? connectionData,
        bool isWebSocket,
        CancellationToken cancellationToken,
        IServiceProvider? requestServices = null)
    {
        if (_interceptors.Length == 0 && connectionData is null)
        {
            return request;
        }

        var data = connectionData is null
            ? new Dictionary<string, object?>(StringComparer.Ordinal)
            : new Dictionary<string, object?>(connectionData, StringComparer.Ordinal);
        var context = new GraphQLRequestContext(httpContext, request, data)
        {
            IsWebSocket = isWebSocket,
            RequestServices = requestServices ?? httpContext.RequestServices,
        };
        foreach (var interceptor in _interceptors)
        {
            if (await interceptor.OnRequestAsync(context, cancellationToken).ConfigureAwait(false) is { } error)
            {
                throw Rejection(error);
            }
        }

        return context.Request with { ContextData = data };
    }

    /// <summary>The exception that answers a rejected request: 401, 403, or a request error.</summary>
    public static TransportException Rejection(GraphQLError error)
    {
        var code = error.Extensions?.GetValueOrDefault("code") as string ?? TransportErrorCodes.NotAuthorized;
        int? status = code switch
        {
            TransportErrorCodes.NotAuthenticated => StatusCodes.Status401Unauthorized,
            TransportErrorCodes.NotAuthorized => StatusCodes.Status403Forbidden,
            _ => null,
        };
        return new TransportException(status, code, error.Message);
    }
}
