using System.Linq.Expressions;
using System.Text.Json.Nodes;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Tests.Data;

/// <summary>
/// The data conventions over lists in memory run by a delegate compiled once per query shape: each query answers from
/// its own list and its own values, counts agree with LINQ, a page through the executor answers each request's
/// arguments, and a query the shape reader does not know runs as LINQ. Every answer is compared with LINQ to objects.
/// </summary>
public class CompiledEnumerablesTests
{
    private static readonly Schema Schema = SchemaBuilder.New().AddQueryType<Catalogue>().Create();

    [Fact]
    public void OneShapeAnswersEachListAndValueAsLinqDoes()
    {
        var before = CompiledEnumerables.Hits;
        foreach (var (items, minimum) in new[] { (Items(20), 5), (Items(50), 30), (Items(7), 0), (Items(50), 49) })
        {
            var query = items.AsQueryable().Where(i => i.Weight >= minimum).OrderByDescending(i => i.Weight).ThenBy(i => i.Id).Take(4);

            Assert.Equal(Linq(items, minimum), CompiledEnumerables.ToList(query).Select(i => i.Id));
            Assert.Equal(items.Count(i => i.Weight >= minimum), CompiledEnumerables.Count(items.AsQueryable().Where(i => i.Weight >= minimum)));
        }

        Assert.True(CompiledEnumerables.Hits - before >= 6, $"{CompiledEnumerables.Hits - before} compiled runs");
    }

    [Fact]
    public void AProjectionAndANestedListRunCompiledAsLinqDoes()
    {
        var items = Items(12);
        var tags = new List<string> { "even" };
        IQueryable<Item> Query() =>
            items.AsQueryable().Where(i => i.Tags.Any(t => tags.Contains(t))).Select(i => new Item { Id = i.Id, Tags = i.Tags.ToList() });

        var first = CompiledEnumerables.ToList(Query());
        tags = ["odd"];
        var second = CompiledEnumerables.ToList(Query());

        Assert.Equal(items.Where(i => i.Id % 2 == 0).Select(i => i.Id), first.Select(i => i.Id));
        Assert.Equal(items.Where(i => i.Id % 2 == 1).Select(i => i.Id), second.Select(i => i.Id));
    }

    [Fact]
    public void ALambdaReadingTheItemOfTheLambdaAroundItRunsCompiledAsLinqDoes()
    {
        var items = Items(12);
        foreach (var limit in new[] { 3, 5 })
        {
            // The inner lambda reads i and the query's value: it is neither hoisted nor bound, and stays a nested lambda.
            var query = items.AsQueryable().Where(i => i.Tags.Count(t => t.Length + i.Id % limit > 4) > 1 - i.Id % 2).Select(i => i.Id);

            Assert.Equal(items.Where(i => i.Tags.Count(t => t.Length + i.Id % limit > 4) > 1 - i.Id % 2).Select(i => i.Id), CompiledEnumerables.ToList(query));
        }
    }

    [Fact]
    public void ASharedLambdaHashesTheSameWalkedOrRemembered()
    {
        Expression<Func<Item, Item>> shared = i => new Item { Id = i.Id, Tags = i.Tags.Where(t => t.Length > 2).ToList() };
        Expression<Func<Item, Item>> fresh = i => new Item { Id = i.Id, Tags = i.Tags.Where(t => t.Length > 2).ToList() };
        QueryShape.Share(shared);
        var minimum = 1;
        QueryShape Read(Expression<Func<Item, Item>> projection) =>
            QueryShape.Read(Items(5).AsQueryable().Where(i => i.Weight > minimum).Select(projection).Expression, QueryShapeRules.InMemory)!;

        var walked = Read(shared);
        minimum = 3;
        var remembered = Read(shared);

        Assert.True(QueryShape.Comparer.Equals(walked, remembered));
        Assert.Equal(QueryShape.Comparer.GetHashCode(walked), QueryShape.Comparer.GetHashCode(Read(fresh)));
        Assert.True(QueryShape.Comparer.Equals(remembered, Read(fresh)));
        Assert.Equal(3, remembered.Values[1]);
    }

    [Fact]
    public void ASharedLambdaThatReadsAValueIsReadEveryTime()
    {
        var weight = 2;
        Expression<Func<Item, bool>> heavy = i => i.Weight > weight;
        QueryShape.Share(heavy);
        var items = Items(9);

        var first = CompiledEnumerables.ToList(items.AsQueryable().Where(heavy));
        weight = 6;
        var second = CompiledEnumerables.ToList(items.AsQueryable().Where(heavy));

        Assert.Equal(items.Where(i => i.Weight > 2), first);
        Assert.Equal(items.Where(i => i.Weight > 6), second);
        Assert.Equal(6, QueryShape.Read(items.AsQueryable().Where(heavy).Expression, QueryShapeRules.InMemory)!.Values[1]);
    }

    [Fact]
    public void AQueryWithoutAShapeRunsAsLinq()
    {
        var items = Items(10);
        var heavy = items.AsQueryable().Where(i => i.Weight > 5).Select(i => i.Id);
        var query = items.AsQueryable().Where(i => heavy.Contains(i.Id));

        Assert.Null(QueryShape.Read(query.Expression, QueryShapeRules.InMemory));
        Assert.Equal(items.Where(i => i.Weight > 5).Select(i => i.Id), CompiledEnumerables.ToList(query).Select(i => i.Id));
    }

    [Fact]
    public void TheListAQueryReadsIsAValueNotPartOfItsShape()
    {
        var a = QueryShape.Read(Items(3).AsQueryable().Where(i => i.Weight > 1).Expression, QueryShapeRules.InMemory)!;
        var b = QueryShape.Read(Items(4).AsQueryable().Where(i => i.Weight > 1).Expression, QueryShapeRules.InMemory)!;
        var other = QueryShape.Read(Items(4).AsQueryable().Where(i => i.Weight > 2).Expression, QueryShapeRules.InMemory)!;

        Assert.True(QueryShape.Comparer.Equals(a, b));
        Assert.False(QueryShape.Comparer.Equals(a, other));
        Assert.Null(QueryShape.Read(Items(3).AsQueryable().Expression, new QueryShapeRules()));
        Assert.Null(QueryShape.Read((Expression<Func<Item, bool>>)(i => i.Weight > DateTime.UtcNow.Second), QueryShapeRules.InMemory));
    }

    [Fact]
    public async Task APageThroughTheExecutorAnswersEachRequestsArguments()
    {
        foreach (var (minimum, first) in new[] { (10, 3), (40, 5), (10, 3), (0, 2) })
        {
            var result = await new RequestExecutor(Schema).ExecuteAsync(new GraphQLRequest
            {
                Query = $"{{ items(first: {first}, where: {{ weight: {{ gte: {minimum} }} }}, order: [{{ weight: DESC }}]) {{ nodes {{ id }} totalCount }} }}",
            });
            var items = JsonNode.Parse(result.ToJson())!["data"]!["items"]!;

            Assert.Equal(Catalogue.All.Where(i => i.Weight >= minimum).OrderByDescending(i => i.Weight).ThenBy(i => i.Id).Take(first).Select(i => i.Id),
                items["nodes"]!.AsArray().Select(n => (int)n!["id"]!));
            Assert.Equal(Catalogue.All.Count(i => i.Weight >= minimum), (int)items["totalCount"]!);
        }
    }

    private static IEnumerable<int> Linq(List<Item> items, int minimum) =>
        items.Where(i => i.Weight >= minimum).OrderByDescending(i => i.Weight).ThenBy(i => i.Id).Take(4).Select(i => i.Id);

    private static List<Item> Items(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new Item { Id = i, Weight = i * 7 % count, Tags = [i % 2 == 0 ? "even" : "odd"] })];

    public sealed class Item
    {
        public int Id { get; set; }

        public int Weight { get; set; }

        public List<string> Tags { get; set; } = [];
    }

    public sealed class Catalogue
    {
        internal static readonly List<Item> All = Items(60);

        [UsePaging(IncludeTotalCount = true)]
        [UseFiltering]
        [UseSorting]
        public static IQueryable<Item> GetItems() => All.AsQueryable();
    }
}
