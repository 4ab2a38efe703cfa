namespace Hamahang.GraphQL.Subscriptions;

/// <summary>
/// Raises subscription events: a payload sent to a topic reaches every subscriber of that topic. The in-memory
/// implementation reaches this host's subscribers at once; the outbox implementation (Hamahang.GraphQL.EntityFramework)
/// writes the event into the database with the change that raised it, and every host delivers it.
/// </summary>
public interface ITopicEventSender
{
    /// <summary>Sends <paramref name="payload"/> to the subscribers of <paramref name="topic"/>.</summary>
    /// <typeparam name="T">The payload's type; it must serialize to JSON for the outbox.</typeparam>
    /// <param name="topic">The topic, e.g. <c>meeting/42/updated</c>.</param>
    /// <param name="payload">The event.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>A task that completes when the event is sent (or, for the outbox, queued in the change).</returns>
    ValueTask SendAsync<T>(string topic, T payload, CancellationToken cancellationToken = default);
}
