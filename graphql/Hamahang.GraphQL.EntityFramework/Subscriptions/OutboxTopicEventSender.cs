using Hamahang.GraphQL.Subscriptions;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.GraphQL.EntityFramework.Subscriptions;

/// <summary>
/// The <see cref="ITopicEventSender"/> of a host that shares its database with others: an event becomes an outbox
/// row in the request's <typeparamref name="TContext"/>, so it is written (or rolled back) with the change that
/// raised it, and every host's <see cref="OutboxPoller{TContext}"/> delivers it. Nothing is sent until
/// <c>SaveChanges</c>. A resolver that works on a DbContext of its own uses <see cref="OutboxModelBuilderExtensions.AddTopicEvent{T}"/> on it instead.
/// </summary>
/// <typeparam name="TContext">The DbContext whose model has the outbox.</typeparam>
public sealed class OutboxTopicEventSender<TContext> : ITopicEventSender
    where TContext : DbContext
{
    private readonly TContext _context;

    /// <summary>Creates the sender over the request's DbContext.</summary>
    /// <param name="context">The DbContext of the request's scope.</param>
    public OutboxTopicEventSender(TContext context)
    {
        _context = context;
    }

    /// <inheritdoc />
    public ValueTask SendAsync<T>(string topic, T payload, CancellationToken cancellationToken = default)
    {
        _context.AddTopicEvent(topic, payload);
        return ValueTask.CompletedTask;
    }
}
