using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Tests.Execution;

public class SubscriptionTests
{
    private static Schema CreateSchema()
    {
        var query = new ObjectType("Query");
        query.AddField(new FieldDefinition("ok", BuiltInScalars.Boolean) { PureResolver = _ => true });
        var subscription = new ObjectType("Subscription");
        var ticks = new FieldDefinition("ticks", new NonNullType(BuiltInScalars.Int))
        {
            Subscribe = context => new(Ticks((int)context.Arguments["count"]!)),
            Resolver = context => new((int)context.Parent! * 10),
        };
        ticks.AddArgument(new ArgumentDefinition("count", new NonNullType(BuiltInScalars.Int)));
        subscription.AddField(ticks);
        return new Schema(query, subscription: subscription);
    }

    private static async IAsyncEnumerable<object?> Ticks(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }

    [Fact]
    public async Task EverySourceEventExecutesTheSelectionOnce()
    {
        var executor = new RequestExecutor(CreateSchema());
        var results = new List<string>();
        await foreach (var result in executor.SubscribeAsync(new GraphQLRequest { Query = "subscription { ticks(count: 3) }" }))
        {
            results.Add(result.ToJson());
        }

        Assert.Equal(["""{"data":{"ticks":10}}""", """{"data":{"ticks":20}}""", """{"data":{"ticks":30}}"""], results);
    }

    [Fact]
    public async Task ExecuteAsyncRefusesASubscription()
    {
        var result = await new RequestExecutor(CreateSchema()).ExecuteAsync(new GraphQLRequest { Query = "subscription { ticks(count: 1) }" });

        Assert.False(result.HasData);
        Assert.Contains("SubscribeAsync", result.Errors[0].Message, StringComparison.Ordinal);
    }
}
