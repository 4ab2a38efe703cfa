namespace Hamahang.GraphQL.Subscriptions;

/// <summary>
/// Subscribes to a topic: the source stream of a subscription field, e.g.
/// <c>public IAsyncEnumerable&lt;Meeting&gt; OnMeetingUpdated([Service] ITopicEventReceiver events) => events.SubscribeAsync&lt;Meeting&gt;("meetings");</c>.
/// See https://spec.graphql.org/September2025/#sec-Source-Stream.
/// </summary>
public interface ITopicEventReceiver
{
    /// <summary>
    /// The events sent to <paramref name="topic"/> from the moment of this call, in the order they were sent.
    /// Events that arrive as JSON (from the outbox) are deserialized to <typeparamref name="T"/>.
    /// </summary>
    /// <typeparam name="T">The payload's type.</typeparam>
    /// <param name="topic">The topic.</param>
    /// <param name="cancellationToken">Ends the stream.</param>
    /// <returns>The stream; it ends when enumeration stops or is cancelled.</returns>
    IAsyncEnumerable<T> SubscribeAsync<T>(string topic, CancellationToken cancellationToken = default);
}
