using Hamahang.GraphQL.Validation.Limits;
using static Hamahang.GraphQL.Tests.Validation.Limits.LimitsHarness;

namespace Hamahang.GraphQL.Tests.Validation.Limits;

public class AliasesLimitTests
{
    private static readonly RequestLimits Aliases30 = None with { MaxAliases = 30 };

    [Fact]
    public void TheDefaultIsThirtyAliases() => Assert.Equal(30, RequestLimits.Default.MaxAliases);

    [Fact]
    public void ThirtyAliasesAreAccepted() => ExpectValid("{ " + Repeat("x{0}: a", 30) + " }", Aliases30);

    [Fact]
    public void ThirtyOneAliasesAreRejectedWithTheLimitAndTheCount()
    {
        var error = ExpectError("{ " + Repeat("x{0}: a", 31) + " }", Aliases30, LimitErrorCodes.MaxAliasesExceeded);
        Assert.Equal("The GraphQL document has 31 aliases which exceeds the max allowed number of aliases of 30.", error.Message);
        Assert.Equal(30, error.Extensions!["allowedAliases"]);
        Assert.Equal(31L, error.Extensions!["detectedAliases"]);
    }

    [Fact]
    public void FieldsWithoutAnAliasDoNotCount() => ExpectValid("{ " + Repeat("a", 100) + " x: b }", Aliases30);

    [Fact]
    public void AliasesInAFragmentCountOncePerSpread()
    {
        const string fragment = " fragment Ten on Query { x0: a x1: a x2: a x3: a x4: a x5: a x6: a x7: a x8: a x9: a }";
        ExpectValid("{ ...Ten ...Ten ...Ten }" + fragment, Aliases30);
        var error = ExpectError("{ ...Ten ...Ten ...Ten y: b }" + fragment, Aliases30, LimitErrorCodes.MaxAliasesExceeded);
        Assert.Equal(31L, error.Extensions!["detectedAliases"]);
    }

    [Fact]
    public void AliasesNestedInSelectionsCount() =>
        Assert.Equal(3L, Analyze("{ s: self { t: self { u: a } } }", None).Measures.Aliases);
}
