using System.Text.Json;
using Hamahang.GraphQL.Validation.Limits;
using static Hamahang.GraphQL.Tests.Validation.Limits.LimitsHarness;

namespace Hamahang.GraphQL.Tests.Validation.Limits;

public class CostAnalysisTests
{
    private static readonly RequestLimits CostOnly = None with { MaxFieldCost = 1_000, MaxTypeCost = 1_000 };

    private static CostReport Cost(string document, IReadOnlyDictionary<string, object?>? variables = null) =>
        Analyze(document, None, variables, computeCost: true).Cost!;

    [Fact]
    public void TheDefaultsAreHotChocolates()
    {
        Assert.Equal(1_000, RequestLimits.Default.MaxFieldCost);
        Assert.Equal(1_000, RequestLimits.Default.MaxTypeCost);
        Assert.Equal(1, RequestLimits.Default.DefaultListSize);
        Assert.Equal(10, RequestLimits.Default.DefaultResolverCost);
    }

    [Fact]
    public void ScalarsAreFreeAndTheRootObjectCountsOnce() => Assert.Equal(new CostReport(0, 1), Cost("{ a b }"));

    [Fact]
    public void ASlicingArgumentMultipliesTheListsFieldsAndObjects()
    {
        // books: weight 1 + 10 x (author: weight 1); objects: Query + 10 x (Book 1 + Author @cost 2).
        Assert.Equal(new CostReport(11, 31), Cost("{ books(first: 10) { title author { name } } }"));
    }

    [Fact]
    public void TheLargestSlicingArgumentGivenCounts() => Assert.Equal(new CostReport(1, 8), Cost("{ books(first: 3, last: 7) { title } }"));

    [Fact]
    public void ASlicingArgumentsDefaultValueCountsWhenItIsOmitted() => Assert.Equal(new CostReport(1, 6), Cost("{ paged { title } }"));

    [Fact]
    public void AListWithoutListSizeCountsAsTheDefaultListSize() => Assert.Equal(new CostReport(1, 2), Cost("{ unsized { title } }"));

    [Fact]
    public void SizedFieldsTakeTheSizeOfTheirParentsSlicingArgument()
    {
        // users: 1 + edges (1 + 10 x node 1); objects: Query + UserConnection + 10 x (UserEdge + User).
        Assert.Equal(new CostReport(12, 22), Cost("{ users(first: 10) { totalCount edges { cursor node { name } } } }"));
    }

    [Fact]
    public void SizedFieldsTakeTheAssumedSizeWithoutASlicingArgument() =>
        Assert.Equal(new CostReport(2, 52), Cost("{ users { nodes { name } } }"));

    [Fact]
    public void TheSlicingArgumentDefaultValueComesBeforeTheAssumedSize() =>
        Assert.Equal(new CostReport(2, 12), Cost("{ pagedUsers { nodes { name } } }"));

    [Fact]
    public void SlicingArgumentsAreReadFromVariablesAndTheirDefaults()
    {
        const string document = "query($n: Int = 7) { books(first: $n) { title } }";
        Assert.Equal(new CostReport(1, 6), Cost(document, new Dictionary<string, object?> { ["n"] = 5 }));
        using var json = JsonDocument.Parse("4");
        Assert.Equal(new CostReport(1, 5), Cost(document, new Dictionary<string, object?> { ["n"] = json.RootElement }));
        Assert.Equal(new CostReport(1, 8), Cost(document));
    }

    [Fact]
    public void FieldArgumentAndInputFieldWeightsAddUp()
    {
        // search: 1 + filter (@cost 3 + title @cost 2 + and (input object 1 + title 2)); objects: Query + 10 Books.
        Assert.Equal(new CostReport(9, 11), Cost("""{ search(filter: { title: "a", and: [{ title: "b" }] }) { title } }"""));
        Assert.Equal(new CostReport(20, 1), Cost("{ expensive }"));
    }

    [Fact]
    public void ANegativeFieldCostIsRoundedUpToZero() => Assert.Equal(new CostReport(0, 1), Cost("{ refund }"));

    [Fact]
    public void AnAbstractTypeCostsItsDearestPossibleType()
    {
        // For Book: author (1, Author 2); for Author: nothing. node: 1 + 1; objects: Query + Node + 2.
        Assert.Equal(new CostReport(2, 4), Cost("""{ node(id: "1") { id ... on Book { author { name } } } }"""));
    }

    [Fact]
    public void FieldCostOfAThousandIsAcceptedAndAThousandAndOneRejected()
    {
        // books costs its weight 1 plus its size times each book's author (weight 1).
        ExpectValid("{ books(first: 999) { author { name } } }", CostOnly with { MaxTypeCost = null });
        var error = ExpectError("{ books(first: 1000) { author { name } } }", CostOnly with { MaxTypeCost = null }, LimitErrorCodes.CostExceeded);
        Assert.Equal("The maximum allowed field cost was exceeded.", error.Message);
        Assert.Equal(1_001.0, error.Extensions!["fieldCost"]);
        Assert.Equal(1_000.0, error.Extensions!["maxFieldCost"]);
    }

    [Fact]
    public void TypeCostOfAThousandIsAcceptedAndAThousandAndOneRejected()
    {
        ExpectValid("{ books(first: 999) { title } }", CostOnly);
        var error = ExpectError("{ books(first: 1000) { title } }", CostOnly, LimitErrorCodes.CostExceeded);
        Assert.Equal("The maximum allowed type cost was exceeded.", error.Message);
        Assert.Equal(1_001.0, error.Extensions!["typeCost"]);
        Assert.Equal(1_000.0, error.Extensions!["maxTypeCost"]);
    }

    [Fact]
    public void ExactlyOneSlicingArgumentIsRequiredWhenTheFieldSaysSo()
    {
        Assert.True(Analyze("{ items(first: 2) { id } }", CostOnly).IsValid);
        foreach (var document in new[] { "{ self { items { id } } }", "{ self { items(first: 1, last: 2) { id } } }" })
        {
            var error = ExpectError(document, CostOnly, LimitErrorCodes.SlicingArgumentRequired);
            Assert.Equal("Exactly one slicing argument must be defined.", error.Message);
            Assert.Equal(["self", "items"], error.Path!);
        }
    }

    [Fact]
    public void TheCostIsReportedOnlyWhenComputed()
    {
        Assert.Null(Analyze("{ a }", None).Cost);
        Assert.NotNull(Analyze("{ a }", None, computeCost: true).Cost);
        Assert.NotNull(Analyze("{ a }", CostOnly).Cost);
        Assert.Equal(
            new Dictionary<string, object?> { ["fieldCost"] = 11.0, ["typeCost"] = 31.0 },
            Cost("{ books(first: 10) { title author { name } } }").ToExtension());
    }
}
