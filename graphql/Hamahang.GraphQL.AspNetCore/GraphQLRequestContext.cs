using Hamahang.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Hamahang.GraphQL.AspNetCore;

/// <summary>What an <see cref="IRequestInterceptor"/> sees of one operation.</summary>
public sealed class GraphQLRequestContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="httpContext">The HTTP request (the upgrade request for a WebSocket operation).</param>
    /// <param name="request">The operation.</param>
    /// <param name="contextData">The context data the operation starts with.</param>
    public GraphQLRequestContext(HttpContext httpContext, GraphQLRequest request, IDictionary<string, object?> contextData)
    {
        HttpContext = httpContext;
        Request = request;
        ContextData = contextData;
    }

    /// <summary>The HTTP request (the upgrade request for a WebSocket operation).</summary>
    public HttpContext HttpContext { get; }

    /// <summary>The operation about to run; an interceptor may replace it.</summary>
    public GraphQLRequest Request { get; set; }

    /// <summary>Entries copied into the operation's <c>IResolverContext.ContextData</c>.</summary>
    public IDictionary<string, object?> ContextData { get; }

    /// <summary>True when the operation came over WebSocket.</summary>
    public bool IsWebSocket { get; init; }

    /// <summary>
    /// The services the operation runs with: the HTTP request's, or for a WebSocket operation the service
    /// scope of its own that it executes in. Scoped state an interceptor sets for the resolvers (the caller,
    /// say) belongs here, not in <see cref="HttpContext"/>'s services.
    /// </summary>
    public IServiceProvider RequestServices { get => field ?? HttpContext.RequestServices; init; }
}
