using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Commands;

/// <summary>
/// Who subscribes. Over WebSocket each operation runs in a service scope of its own, while the API-key
/// interceptor authenticates the connection (its actor travels in the operation's context data); the
/// operation's scope is given that actor before anything asks, so its <see cref="Caller"/>, its contexts'
/// audit and the fields of every event answer for the subscriber.
/// </summary>
public static class SubscriptionAccess
{
    // ApiKeyRequestInterceptor's context-data key for the connection's actor.
    private const string ConnectionActorKey = "Hamahang.Api.Actor";

    /// <summary>The subscriber, refused (AUTH_NOT_AUTHENTICATED / AUTH_NOT_AUTHORIZED) unless in <paramref name="roles"/>.</summary>
    public static Caller Authorize(IResolverContext context, params ApiKeyRole[] roles)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ContextData.TryGetValue(ConnectionActorKey, out var value) && value is Actor actor)
        {
            context.Service<CurrentActor>().Actor = actor;
        }

        var caller = context.Service<Caller>();
        caller.Require(roles);
        return caller;
    }
}
