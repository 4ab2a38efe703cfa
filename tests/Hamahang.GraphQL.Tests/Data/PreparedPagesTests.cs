using System.Linq.Expressions;
using System.Text.Json.Nodes;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Tests.Data;

/// <summary>
/// A data field keeps the page it built (its filter, order, cursor, take and projection over a placeholder for the
/// resolver's query) and serves it to the next request with the same plan, arguments, variables and row filter answers.
/// Each answer is compared with LINQ to objects; what must not be shared (other arguments, other variables in the
/// selection, a row filter answering otherwise) is built anew, and a kept page reads each request's own list.
/// </summary>
public class PreparedPagesTests
{
    private const string Page = """
        query($minimum: Int!, $first: Int!) {
          boxes(first: $first, where: { weight: { gte: $minimum } }, order: [{ weight: DESC }]) { nodes { id } totalCount }
        }
        """;

    [Fact]
    public async Task TheSameArgumentsAreServedByThePageBuiltForTheFirstRequest()
    {
        var schema = Schema();
        var executor = new RequestExecutor(schema);
        var asked = new[] { (10, 3), (40, 5), (10, 3), (0, 2), (40, 5), (10, 3) };
        foreach (var (minimum, first) in asked)
        {
            var boxes = await BoxesAsync(executor, Page, new Dictionary<string, object?> { ["minimum"] = minimum, ["first"] = first });

            var expected = Shelf.All.Where(b => b.Weight >= minimum).OrderByDescending(b => b.Weight).ThenBy(b => b.Id).Take(first);
            Assert.Equal(expected.Select(b => b.Id), Ids(boxes));
            Assert.Equal(Shelf.All.Count(b => b.Weight >= minimum), (int)boxes["totalCount"]!);
        }

        Assert.Equal(3, Built(schema));

        // A document written with literals brings the same arguments every time.
        await BoxesAsync(executor, "{ boxes(first: 4, where: { weight: { lt: 20 } }) { nodes { id } } }");
        var boxesAgain = await BoxesAsync(executor, "{ boxes(first: 4, where: { weight: { lt: 20 } }) { nodes { id } } }");

        Assert.Equal(Shelf.All.Where(b => b.Weight < 20).OrderBy(b => b.Id).Take(4).Select(b => b.Id), Ids(boxesAgain));
        Assert.Equal(4, Built(schema));
    }

    [Fact]
    public async Task PastItsCapacityAPlanStartsItsPagesAnew()
    {
        var schema = Schema();
        var executor = new RequestExecutor(schema);
        var minimums = Enumerable.Range(0, PreparedPages<object>.Capacity + 8).ToList();
        foreach (var minimum in minimums.Append(0).Append(minimums[^1]))
        {
            var boxes = await BoxesAsync(executor, Page, new Dictionary<string, object?> { ["minimum"] = minimum, ["first"] = 2 });

            Assert.Equal(Shelf.All.Where(b => b.Weight >= minimum).OrderByDescending(b => b.Weight).ThenBy(b => b.Id).Take(2).Select(b => b.Id), Ids(boxes));
        }

        // The 33rd key started the plan's pages again: the first key was built again, the last one kept.
        Assert.Equal(minimums.Count + 1, Built(schema));
    }

    [Fact]
    public async Task AKeptPageReadsTheListTheResolverGivesEachTime()
    {
        var schema = Schema();
        var executor = new RequestExecutor(schema);
        foreach (var count in new[] { 30, 12, 45, 3 })
        {
            Shelf.Stock = Shelf.Make(count);
            var boxes = await BoxesAsync(executor, "{ stock(first: 8, where: { weight: { gt: 2 } }) { nodes { id weight } } }", field: "stock");

            Assert.Equal(Shelf.Stock.Where(b => b.Weight > 2).Take(8).Select(b => b.Id), Ids(boxes));
        }

        Assert.Equal(1, Built(schema, "stock"));
    }

    [Fact]
    public async Task AVariableThatChangesTheSelectionChangesTheProjection()
    {
        var schema = Schema();
        var executor = new RequestExecutor(schema);
        const string Query = "query($weights: Boolean!) { boxes(first: 6) { nodes { id weight @include(if: $weights) } } }";
        foreach (var weights in new[] { false, true, false, true })
        {
            var boxes = await BoxesAsync(executor, Query, new Dictionary<string, object?> { ["weights"] = weights });
            var nodes = boxes["nodes"]!.AsArray();

            Assert.Equal(Shelf.All.Take(6).Select(b => b.Id), Ids(boxes));
            Assert.All(nodes.Zip(Shelf.All), pair => Assert.Equal(weights ? pair.Second.Weight : null, (int?)pair.First!["weight"]));
        }
    }

    [Fact]
    public async Task ARowFilterThatAnswersOtherwiseGetsAPageOfItsOwn()
    {
        var schema = Schema();
        var executor = new RequestExecutor(schema);
        const string Query = "{ boxes(first: 50, where: { parts: { some: { name: { eq: \"bolt\" } } } }) { nodes { id } } }";
        Expression<Func<Part, bool>> everything = p => true;
        Expression<Func<Part, bool>> open = p => !p.Secret;
        var withBolts = Shelf.All.Where(b => b.Parts.Any(p => p.Name == "bolt")).Select(b => b.Id).ToList();
        var withOpenBolts = Shelf.All.Where(b => b.Parts.Any(p => p.Name == "bolt" && !p.Secret)).Select(b => b.Id).ToList();
        Assert.NotEqual(withBolts, withOpenBolts);

        foreach (var (readable, expected) in new[] { (everything, withBolts), (open, withOpenBolts), (everything, withBolts), (open, withOpenBolts) })
        {
            var boxes = await BoxesAsync(executor, Query, services: new Services(new Rows(readable)));

            Assert.Equal(expected, Ids(boxes));
        }

        // The same predicate object each time (a filter that keeps its policies) is the same page: built once for each.
        Assert.Equal(4, Built(schema));
        await BoxesAsync(executor, Query, services: new Services(new Rows(open)));
        Assert.Equal(4, Built(schema));

        // A request without a row filter is another key: it never gets a page built with one.
        var unfiltered = await BoxesAsync(executor, Query);
        Assert.Equal(withBolts, Ids(unfiltered));
    }

    [Fact]
    public void ArgumentValuesCompareByValueInTheirOrder()
    {
        static Dictionary<string, object?> Arguments(object weight, IEnumerable<object?> ids, bool nameFirst = false) => new()
        {
            ["where"] = nameFirst
                ? new Dictionary<string, object?> { ["name"] = "x", ["weight"] = weight }
                : new Dictionary<string, object?> { ["weight"] = weight, ["name"] = "x" },
            ["ids"] = ids,
        };

        var a = Arguments(3, new object?[] { 1, 2 });
        var same = Arguments(3, new List<object?> { 1, 2 });
        var reordered = Arguments(3, new object?[] { 1, 2 }, nameFirst: true);
        var longer = Arguments(3, new object?[] { 1, 2, 3 });
        var wider = Arguments(3L, new object?[] { 1, 2 });

        Assert.True(ArgumentValues.Equal(a, same));
        Assert.Equal(ArgumentValues.Hash(a), ArgumentValues.Hash(same));
        Assert.False(ArgumentValues.Equal(a, reordered));
        Assert.False(ArgumentValues.Equal(a, longer));
        Assert.False(ArgumentValues.Equal(longer, a));
        Assert.False(ArgumentValues.Equal(a, wider));
        Assert.False(ArgumentValues.Equal("ab", new List<char> { 'a', 'b' }));
    }

    [Fact]
    public void APreparedQueryHasTheShapeOfItsTreeOverEachSource()
    {
        var source = Expression.Parameter(typeof(IQueryable<Box>), "source");
        var minimum = 20;
        var tree = new EnumerableQuery<Box>(source).Where(b => b.Weight >= minimum).OrderBy(b => b.Id).Take(3).Expression;
        var prepared = new PreparedTree(source, tree);
        var small = new PreparedQuery<Box>(Shelf.Make(20).AsQueryable(), prepared);
        var large = new PreparedQuery<Box>(Shelf.Make(60).AsQueryable(), prepared);

        var a = QueryShape.Read(small, QueryShapeRules.InMemory)!;
        var b = QueryShape.Read(large, QueryShapeRules.InMemory)!;
        var whole = QueryShape.Read(large.Expression, QueryShapeRules.InMemory)!;

        Assert.True(QueryShape.Comparer.Equals(a, b));
        Assert.False(QueryShape.Comparer.Equals(b, whole));
        Assert.Equal(whole.Values, b.Values);
        static IEnumerable<int> Linq(int count) => Shelf.Make(count).Where(x => x.Weight >= 20).OrderBy(x => x.Id).Take(3).Select(x => x.Id);
        Assert.Equal(Linq(60), CompiledEnumerables.ToList(large).Select(x => x.Id));
        Assert.Equal(Linq(20), CompiledEnumerables.ToList(small).Select(x => x.Id));
        Assert.Equal(Linq(60), large.ToList().Select(x => x.Id));

        // The same tree over a source of another shape runs by another delegate, and back.
        var even = new PreparedQuery<Box>(Shelf.Make(60).AsQueryable().Where(x => x.Id % 2 == 0), prepared);
        Assert.False(QueryShape.Comparer.Equals(b, QueryShape.Read(even, QueryShapeRules.InMemory)));
        Assert.Equal(Shelf.Make(60).Where(x => x.Id % 2 == 0 && x.Weight >= 20).OrderBy(x => x.Id).Take(3).Select(x => x.Id),
            CompiledEnumerables.ToList(even).Select(x => x.Id));
        Assert.Equal(Linq(60), CompiledEnumerables.ToList(large).Select(x => x.Id));
    }

    private static Schema Schema() => SchemaBuilder.New().AddQueryType<Shelf>().Create();

    private static long Built(Schema schema, string field = "boxes") => DataField.Of(schema.QueryType!.GetField(field)!)!.Pipeline.PagesBuilt;

    private static IEnumerable<int> Ids(JsonNode boxes) => boxes["nodes"]!.AsArray().Select(n => (int)n!["id"]!);

    private static async Task<JsonNode> BoxesAsync(
        RequestExecutor executor, string query, Dictionary<string, object?>? variables = null, IServiceProvider? services = null, string field = "boxes")
    {
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables }, services);
        var json = JsonNode.Parse(result.ToJson())!;
        Assert.Null(json["errors"]);
        return json["data"]![field]!;
    }

    public sealed class Box
    {
        public int Id { get; set; }

        public int Weight { get; set; }

        public List<Part> Parts { get; set; } = [];
    }

    public sealed class Part
    {
        public int Id { get; set; }

        public string Name { get; set; } = "";

        public bool Secret { get; set; }
    }

    public sealed class Shelf
    {
        internal static readonly List<Box> All = Make(60);

        [UsePaging(IncludeTotalCount = true)]
        [UseProjection]
        [UseFiltering]
        [UseSorting]
        public static IQueryable<Box> GetBoxes() => All.AsQueryable();

        // Replaced between the requests of one test (the tests of a class run one at a time).
        internal static List<Box> Stock { get; set; } = [];

        [UsePaging]
        [UseProjection]
        [UseFiltering]
        public static IQueryable<Box> GetStock() => Stock.AsQueryable();

        internal static List<Box> Make(int count) =>
        [
            .. Enumerable.Range(1, count).Select(i => new Box
            {
                Id = i,
                Weight = i * 7 % count,
                Parts = [new Part { Id = i * 10, Name = i % 3 == 0 ? "bolt" : "nut", Secret = i % 2 == 0 }],
            }),
        ];
    }

    private sealed class Rows(LambdaExpression readable) : IRowFilter
    {
        public LambdaExpression? Readable(Type entityType) => entityType == typeof(Part) ? readable : null;
    }

    private sealed class Services(IRowFilter rows) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(IRowFilter) ? rows : null;
    }
}
