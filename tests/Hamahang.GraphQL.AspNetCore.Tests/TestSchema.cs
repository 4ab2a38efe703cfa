using System.Runtime.CompilerServices;
using Hamahang.GraphQL.Subscriptions;
using Hamahang.GraphQL.Types;

#pragma warning disable CA1822 // Resolver classes are instantiated by the schema, as an application's are.

namespace Hamahang.GraphQL.AspNetCore.Tests;

/// <summary>The schema the transport tests serve: a query, a mutation and subscriptions, small enough to read at a glance.</summary>
public static class TestSchema
{
    public static Schema Create() => SchemaBuilder.New()
        .AddType<TestQueries>()
        .AddType<TestMutations>()
        .AddType<TestSubscriptions>()
        .Create();
}

[QueryType]
public sealed class TestQueries
{
    public string Hello(string? name) => "Hello, " + (name ?? "world") + "!";

    /// <summary>A field error: the response still has data, so it is a 200 under every media type.</summary>
    public string? Boom() => throw new Hamahang.GraphQL.Execution.GraphQLException("Boom.", "BOOM");

    /// <summary>The user an interceptor put into the context data, or "anonymous".</summary>
    public string Whoami(IResolverContext context) =>
        context.ContextData.TryGetValue("user", out var user) && user is string name ? name : "anonymous";
}

[MutationType]
public sealed class TestMutations
{
    public string Echo(string text) => text;

    public async Task<bool> Publish(string topic, string text, [Service] ITopicEventSender sender)
    {
        await sender.SendAsync(topic, text);
        return true;
    }
}

[SubscriptionType]
public sealed class TestSubscriptions
{
    public async IAsyncEnumerable<int> Countdown(int from, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = from; i > 0; i--)
        {
            await Task.Delay(10, cancellationToken);
            yield return i;
        }
    }

    /// <summary>Never ends on its own: the client completes it.</summary>
    public async IAsyncEnumerable<int> Ticks([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; ; i++)
        {
            await Task.Delay(20, cancellationToken);
            yield return i;
        }
    }

    public IAsyncEnumerable<string> OnMessage(string topic, [Service] ITopicEventReceiver receiver, CancellationToken cancellationToken) =>
        receiver.SubscribeAsync<string>(topic, cancellationToken);
}
