using Hamahang.GraphQL.Validation.Limits;
using static Hamahang.GraphQL.Tests.Validation.Limits.LimitsHarness;

namespace Hamahang.GraphQL.Tests.Validation.Limits;

public class ExecutionDepthTests
{
    private static readonly RequestLimits Depth15 = None with { MaxExecutionDepth = 15 };

    /// <summary>A query with <paramref name="depth"/> levels of fields: self { self { ... a } }.</summary>
    private static string Nested(int depth) => "{ " + Repeat("self {", depth - 1) + " a " + new string('}', depth - 1) + " }";

    [Fact]
    public void TheDefaultDepthIsFifteen() => Assert.Equal(15, RequestLimits.Default.MaxExecutionDepth);

    [Fact]
    public void FifteenLevelsAreAccepted() => ExpectValid(Nested(15), Depth15);

    [Fact]
    public void SixteenLevelsAreRejectedWithHotChocolatesMessageAndTheCode()
    {
        var error = ExpectError(Nested(16), Depth15, LimitErrorCodes.MaxDepthExceeded);
        Assert.Equal("The GraphQL document has an execution depth of 16 which exceeds the max allowed execution depth of 15.", error.Message);
        Assert.Equal(15, error.Extensions!["allowedExecutionDepth"]);
        Assert.Equal(16L, error.Extensions!["detectedExecutionDepth"]);
        Assert.Equal((1, 1), (error.Locations![0].Line, error.Locations[0].Column));
    }

    [Fact]
    public void FragmentsAddTheirFieldsDepthAtTheSpreadButNoLevelOfTheirOwn()
    {
        var fragment = "fragment Deep on Query { " + Repeat("self {", 7) + " a " + new string('}', 7) + " }";
        ExpectValid("{ " + Repeat("self {", 7) + " ...Deep " + new string('}', 7) + " } " + fragment, Depth15);
        var error = ExpectError("{ " + Repeat("self {", 8) + " ...Deep " + new string('}', 8) + " } " + fragment, Depth15, LimitErrorCodes.MaxDepthExceeded);
        Assert.Equal(16L, error.Extensions!["detectedExecutionDepth"]);
    }

    [Fact]
    public void InlineFragmentsAddNoLevel() =>
        Assert.Equal(2, Analyze("{ self { ... on Query { ... { a } } } }", None).Measures.Depth);

    [Fact]
    public void IntrospectionFieldsCountLikeAnyField() =>
        Assert.Equal(3, Analyze("{ self { self { __typename } } }", None).Measures.Depth);

    [Fact]
    public void TheDeepestBranchCounts() =>
        Assert.Equal(4, Analyze("{ a self { a } self { self { self { b } } } }", None).Measures.Depth);

    [Fact]
    public void ANullLimitTurnsTheCheckOff() => ExpectValid(Nested(40), None with { MaxExecutionDepth = null });

    [Fact]
    public void OnlyTheNamedOperationIsMeasured()
    {
        var document = "query Shallow { a } query Deep { " + Repeat("self {", 16) + " a " + new string('}', 16) + " }";
        Assert.True(Analyze(document, Depth15, operationName: "Shallow").IsValid);
        Assert.False(Analyze(document, Depth15, operationName: "Deep").IsValid);
        Assert.False(Analyze(document, Depth15).IsValid);
    }
}
