using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Validation.Limits;

namespace Hamahang.GraphQL.Tests.Validation.Limits;

public class CostCodeFirstTests
{
    private static readonly Schema Schema = SchemaBuilder.New().AddQueryType<CostQuery>().AddCostDirectives(applyDefaults: false).Create();

    private static CostReport Cost(string document, RequestLimits? limits = null) =>
        LimitsHarness.Analyze(document, limits ?? RequestLimits.None, computeCost: true, schema: Schema).Cost!;

    [Fact]
    public void TheDirectivesAreAddedToTheSchema()
    {
        Assert.NotNull(Schema.GetDirective("cost"));
        Assert.Equal(["assumedSize", "slicingArguments", "slicingArgumentDefaultValue", "sizedFields", "requireOneSlicingArgument"],
            Schema.GetDirective("listSize")!.Arguments.Select(a => a.Name));
    }

    [Fact]
    public void AFieldWithAResolverOfItsOwnCostsTenAsInHotChocolate() => Assert.Equal(new CostReport(10, 1), Cost("{ hello }"));

    [Fact]
    public void TheResolverCostCanBeTurnedOff() =>
        Assert.Equal(new CostReport(0, 1), Cost("{ hello }", RequestLimits.None with { DefaultResolverCost = null }));

    [Fact]
    public void ACostAttributePricesAFieldAndAType()
    {
        Assert.Equal(new CostReport(3, 1), Cost("{ cheap }"));

        // book: resolver 10; objects: Query + CostBook (@cost 4) + its author (a property: 1 and 1).
        Assert.Equal(new CostReport(11, 6), Cost("{ book { title author { name } } }"));
    }

    [Fact]
    public void AListSizeAttributeSizesAList()
    {
        // books: 10 + 20 x author 1; objects: Query + 20 x (CostBook 4 + CostAuthor 1).
        Assert.Equal(new CostReport(30, 101), Cost("{ books { title author { name } } }"));
        Assert.Equal(new CostReport(10, 1 + (4 * 3)), Cost("{ page(first: 3) { title } }"));
    }

    // Async resolvers: HotChocolate charges a resolver that is not pure (a synchronous method would cost nothing of its own).
    public class CostQuery
    {
        public static Task<string> HelloAsync() => Task.FromResult("hi");

        [Cost(3)]
        public static string Cheap() => "cheap";

        public static Task<CostBook> BookAsync() => Task.FromResult(new CostBook());

        [ListSize(AssumedSize = 20)]
        public static Task<IReadOnlyList<CostBook>> BooksAsync() => Task.FromResult<IReadOnlyList<CostBook>>([]);

        [ListSize(SlicingArguments = ["first"])]
        public static Task<IReadOnlyList<CostBook>> PageAsync(int first) =>
            Task.FromResult<IReadOnlyList<CostBook>>([.. Enumerable.Repeat(new CostBook(), first)]);
    }

    [Cost(4)]
    public class CostBook
    {
        public string Title { get; set; } = string.Empty;

        public CostAuthor Author { get; set; } = new();
    }

    public class CostAuthor
    {
        public string Name { get; set; } = string.Empty;
    }
}
