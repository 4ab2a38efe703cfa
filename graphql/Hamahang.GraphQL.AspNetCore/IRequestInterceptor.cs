using Hamahang.GraphQL.Error;
using Microsoft.AspNetCore.Http;

namespace Hamahang.GraphQL.AspNetCore;

/// <summary>
/// A hook that sees every request before it runs, over HTTP and over WebSocket: it may authenticate the
/// caller (from headers, or from the WebSocket <c>connection_init</c> payload), put what it learned into
/// <see cref="GraphQLRequestContext.ContextData"/> (read by resolvers as <c>IResolverContext.ContextData</c>),
/// or reject the request with an error. Registered as a service; every registered interceptor runs, in order.
/// </summary>
public interface IRequestInterceptor
{
    /// <summary>
    /// Called when a WebSocket client sends <c>connection_init</c>. Entries put into
    /// <paramref name="connectionData"/> are copied into every operation's context data on that connection.
    /// </summary>
    /// <param name="httpContext">The upgrade request.</param>
    /// <param name="payload">The <c>connection_init</c> payload (JSON values), or null.</param>
    /// <param name="connectionData">The connection's data.</param>
    /// <param name="cancellationToken">Signalled when the connection closes.</param>
    /// <returns>Null to accept the connection; an error to close it with 4403 Forbidden.</returns>
    ValueTask<GraphQLError?> OnConnectAsync(
        HttpContext httpContext,
        IReadOnlyDictionary<string, object?>? payload,
        IDictionary<string, object?> connectionData,
        CancellationToken cancellationToken) => default;

    /// <summary>Called for every operation, after its document is known and before it runs.</summary>
    /// <param name="context">The request, its HTTP context and its context data.</param>
    /// <param name="cancellationToken">Signalled when the client goes away.</param>
    /// <returns>
    /// Null to run the request; an error to answer with it instead (401 when its code is
    /// <c>AUTH_NOT_AUTHENTICATED</c>, 403 when <c>AUTH_NOT_AUTHORIZED</c>, else as any request error).
    /// </returns>
    ValueTask<GraphQLError?> OnRequestAsync(GraphQLRequestContext context, CancellationToken cancellationToken);
}
