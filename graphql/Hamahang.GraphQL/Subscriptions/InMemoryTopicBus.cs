using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;

namespace Hamahang.GraphQL.Subscriptions;

/// <summary>
/// The topic bus of one host: subscribers of a topic each get a bounded queue (a slow subscriber loses its
/// oldest events, never slows the sender). It is also where the outbox poller publishes the events it reads,
/// so subscribers see events from every host the same way.
/// </summary>
public sealed class InMemoryTopicBus : ITopicEventSender, ITopicEventReceiver
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Channel<object?>, byte>> _topics = new(StringComparer.Ordinal);
    private readonly int _capacity;

    /// <summary>Creates the bus.</summary>
    public InMemoryTopicBus()
        : this(1_000)
    {
    }

    /// <summary>Creates the bus with a queue of <paramref name="capacity"/> events per subscriber.</summary>
    /// <param name="capacity">Events kept per subscriber before the oldest is dropped.</param>
    public InMemoryTopicBus(int capacity)
    {
        _capacity = Math.Max(1, capacity);
    }

    /// <summary>How many subscribers <paramref name="topic"/> has now.</summary>
    /// <param name="topic">The topic.</param>
    /// <returns>The count.</returns>
    public int SubscriberCount(string topic) => _topics.TryGetValue(topic, out var subscribers) ? subscribers.Count : 0;

    /// <inheritdoc />
    public ValueTask SendAsync<T>(string topic, T payload, CancellationToken cancellationToken = default)
    {
        Publish(topic, payload);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Delivers <paramref name="payload"/> (an object, or a <see cref="JsonElement"/>) to this host's subscribers of
    /// <paramref name="topic"/>.
    /// </summary>
    /// <param name="topic">The topic.</param>
    /// <param name="payload">The event.</param>
    public void Publish(string topic, object? payload)
    {
        ArgumentNullException.ThrowIfNull(topic);
        if (_topics.TryGetValue(topic, out var subscribers))
        {
            foreach (var subscriber in subscribers.Keys)
            {
                subscriber.Writer.TryWrite(payload);
            }
        }
    }

    /// <inheritdoc />
    public IAsyncEnumerable<T> SubscribeAsync<T>(string topic, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var options = new BoundedChannelOptions(_capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true };
        var channel = Channel.CreateBounded<object?>(options);
        _topics.GetOrAdd(topic, _ => new()).TryAdd(channel, 0);
        return ReadAsync<T>(topic, channel, cancellationToken);
    }

    private async IAsyncEnumerable<T> ReadAsync<T>(string topic, Channel<object?> channel, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var payload in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return payload switch
                {
                    T typed => typed,
                    JsonElement json => json.Deserialize<T>(Json)!,
                    string text when typeof(T) != typeof(string) => JsonSerializer.Deserialize<T>(text, Json)!,
                    _ => (T)payload!,
                };
            }
        }
        finally
        {
            if (_topics.TryGetValue(topic, out var subscribers))
            {
                subscribers.TryRemove(channel, out _);
            }
        }
    }
}
