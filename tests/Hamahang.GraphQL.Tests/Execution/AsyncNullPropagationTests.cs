using System.Text.Json.Nodes;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Tests.Conformance.ExecutionTwin;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Tests.Execution;

/// <summary>
/// A null from a failed non-null field that must leave an object completed in an earlier step reaches its
/// nullable ancestor three microtask ticks per object later, as in graphql-js: errors raised before it
/// arrives are kept, errors raised after it are dropped. Every async resolver here settles one tick after it
/// is called (<see cref="Microtasks"/>); the expected results are what graphql-js 17 answers for the same
/// schema with <c>Promise.resolve().then(...)</c> resolvers.
/// </summary>
public sealed class AsyncNullPropagationTests
{
    private static readonly Schema Schema = BuildSchema.FromSdl(
        """
        type Query { item: Item }
        type Item { entries: [Entry!]! next: Item secret: String }
        type Entry { name: String! secret: String }
        """,
        new BuildSchemaOptions
        {
            Resolvers = new Dictionary<string, FieldResolver>
            {
                ["Query.item"] = _ => new(1),
                ["Item.entries"] = c => Later(c, () => new List<object?> { "entry" }),
                ["Item.next"] = c => Later(c, () => (int)c.Parent! + 1),
                ["Item.secret"] = c => Later(c, () => throw new GraphQLException($"Item {c.Parent} secret")),
                ["Entry.name"] = _ => new((object?)null),
                ["Entry.secret"] = c => Later(c, () => throw new GraphQLException("Entry secret")),
            },
        });

    [Fact]
    public async Task AnErrorRaisedWhileTheNullIsOnItsWayIsKeptBeforeIt()
    {
        // entries settles at tick 2, where name fails; the null needs until tick 5 to leave the item, and
        // the entry's secret fails at tick 4.
        var result = await Run("{ item { entries { secret name } } }");

        Assert.Equal(
            """{"errors":[{"message":"Entry secret","locations":[{"line":1,"column":20}],"path":["item","entries",0,"secret"]},""" +
            """{"message":"Cannot return null for non-nullable field Entry.name.","locations":[{"line":1,"column":27}],"path":""" +
            """["item","entries",0,"name"],"extensions":{"code":"HC0018"}}],"data":{"item":null}}""",
            result);
    }

    [Fact]
    public async Task AnErrorInASiblingSubtreeBeforeTheNullArrivesIsKept()
    {
        // next settles at tick 2 and its secret fails at tick 4, before the null from entries lands at tick 5.
        var result = await Run("{ item { entries { name } next { secret } } }");

        Assert.Equal(
            """{"errors":[{"message":"Item 2 secret","locations":[{"line":1,"column":34}],"path":["item","next","secret"]},""" +
            """{"message":"Cannot return null for non-nullable field Entry.name.","locations":[{"line":1,"column":20}],"path":""" +
            """["item","entries",0,"name"],"extensions":{"code":"HC0018"}}],"data":{"item":null}}""",
            result);
    }

    [Fact]
    public async Task AnErrorRaisedAfterTheNullArrivedIsDropped()
    {
        // next.next settles at tick 4 and its secret fails at tick 6, after the null landed on item at tick 5.
        var result = await Run("{ item { entries { name } next { next { secret } } } }");

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Entry.name.","locations":[{"line":1,"column":20}],"path":""" +
            """["item","entries",0,"name"],"extensions":{"code":"HC0018"}}],"data":{"item":null}}""",
            result);
    }

    private static ValueTask<object?> Later(IResolverContext context, Func<object?> callback) => new(Microtasks.Later(context, callback));

    private static async Task<string> Run(string query)
    {
        var result = await new RequestExecutor(Schema).ExecuteAsync(new GraphQLRequest { Query = query });
        return JsonNode.Parse(result.ToJson())!.ToJsonString();
    }
}
