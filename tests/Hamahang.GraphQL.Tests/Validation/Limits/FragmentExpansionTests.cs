using Hamahang.GraphQL.Validation.Limits;
using static Hamahang.GraphQL.Tests.Validation.Limits.LimitsHarness;

namespace Hamahang.GraphQL.Tests.Validation.Limits;

/// <summary>Fragments count once per use, are never walked once per use, and never make a limit loop.</summary>
public class FragmentExpansionTests
{
    private static string Chain(int count) =>
        "{ ...F0 } "
        + string.Concat(Enumerable.Range(0, count - 1).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} }} "))
        + $"fragment F{count - 1} on Query {{ a }}";

    /// <summary>
    /// <paramref name="count"/> fragments, each spreading the next twice; the last selects
    /// <paramref name="leaf"/>. The operation stands for 2^(count-1) copies of the leaf.
    /// </summary>
    private static string FanOutDocument(int count, string leaf) =>
        "{ ...F0 } "
        + string.Concat(Enumerable.Range(0, count - 1).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} "))
        + $"fragment F{count - 1} on Query {{ {leaf} }}";

    /// <summary>Runs <paramref name="analyze"/> on its own thread and fails if it does not finish in time (it must not walk 2^50 spreads).</summary>
    private static RequestLimitsResult Finishes(Func<RequestLimitsResult> analyze, int stackSize = 0)
    {
        RequestLimitsResult? result = null;
        var thread = new Thread(() => result = analyze(), stackSize);
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(30)), "The analysis did not finish: fragments were walked once per use.");
        return result!;
    }

    [Fact]
    public void FiftyFragmentsEachSpreadingTheNextTwiceCountTwoToTheFortyNinthFieldsArithmetically()
    {
        var result = Finishes(() => Analyze(FanOutDocument(50, "x: books(first: 2) { author { name } }"), RequestLimits.Default));
        const long copies = 1L << 49;
        Assert.Equal(copies, result.Measures.Fields / 3);
        Assert.Equal(copies, result.Measures.Aliases);
        Assert.Equal(3, result.Measures.Depth);
        Assert.Equal(
            [LimitErrorCodes.MaxAliasesExceeded, LimitErrorCodes.MaxFieldsExceeded, LimitErrorCodes.CostExceeded, LimitErrorCodes.CostExceeded],
            result.Errors.Select(e => e.Extensions!["code"]));
        Assert.Equal(3.0 * copies, result.Cost!.FieldCost);
        Assert.Equal(1 + (6.0 * copies), result.Cost.TypeCost);
    }

    [Fact]
    public void CountsSaturateInsteadOfOverflowing()
    {
        var result = Finishes(() => Analyze(FanOutDocument(70, "x: a"), RequestLimits.Default));
        Assert.Equal(long.MaxValue, result.Measures.Fields);
        Assert.Equal(long.MaxValue, result.Measures.Aliases);
        var error = result.Errors.Single(e => (string)e.Extensions!["code"]! == LimitErrorCodes.MaxFieldsExceeded);
        Assert.Equal(long.MaxValue, error.Extensions!["detectedFields"]);
    }

    [Theory]
    [InlineData("{ ...A } fragment A on Query { a ...A }")]
    [InlineData("{ ...A } fragment A on Query { a ...B } fragment B on Query { b ...A }")]
    [InlineData("{ self { ...A } } fragment A on Query { self { a ...B } } fragment B on Query { self { ...A } }")]
    [InlineData("{ ...A } fragment A on Query { a ... on Query { ...A } }")]
    public void CyclicFragmentsEndAndCountEachFieldOnce(string document)
    {
        var result = Finishes(() => Analyze(document, RequestLimits.Default, computeCost: true));
        Assert.True(result.IsValid);
        Assert.InRange(result.Measures.Fields, 1, 6);
        Assert.NotNull(result.Cost);
    }

    [Fact]
    public void AFragmentSpreadTwiceCountsTwiceTowardEveryLimit()
    {
        var result = Analyze(
            "{ ...F ...F } fragment F on Query @tag { x: self { books(first: 2) { title } } nodes(ids: [\"1\", \"2\"]) { id } }",
            RequestLimits.Default,
            computeCost: true);
        Assert.Equal(10L, result.Measures.Fields);
        Assert.Equal(2L, result.Measures.Aliases);
        Assert.Equal(3L, result.Measures.Depth);
        Assert.Equal(1L, result.Measures.Directives);
        Assert.Equal(2L, result.Measures.NodesIds);
        Assert.Equal(new CostReport(6, 9), result.Cost);
    }

    [Fact]
    public void ALongChainOfFragmentsStopsBeforeTheStackRunsOut()
    {
        var result = Finishes(() => Analyze(Chain(15_000), RequestLimits.Default, computeCost: true), stackSize: 1024 * 1024);
        var error = Assert.Single(result.Errors);
        Assert.Equal(LimitErrorCodes.MaxDepthExceeded, error.Extensions!["code"]);
        Assert.Equal("The GraphQL document is nested too deeply to be analyzed.", error.Message);
    }

    [Fact]
    public void UnknownFragmentsFieldsAndTypesAreSkipped() =>
        Assert.True(Analyze("{ ...Missing nope { a } ... on Nope { a } } fragment G on Nope { a }", RequestLimits.Default, computeCost: true).IsValid);
}
