using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Validation.Limits;
using static Hamahang.GraphQL.Tests.Validation.Limits.LimitsHarness;

namespace Hamahang.GraphQL.Tests.Validation.Limits;

public class DirectivesLimitTests
{
    private static readonly RequestLimits Directives5 = None with { MaxDirectivesPerLocation = 5 };

    private static string Tags(int count) => Repeat("@tag(name: \"t{0}\")", count);

    [Fact]
    public void TheDefaultIsFiveDirectivesPerLocation() => Assert.Equal(5, RequestLimits.Default.MaxDirectivesPerLocation);

    [Fact]
    public void FiveDirectivesOnAFieldAreAccepted() => ExpectValid("{ a " + Tags(5) + " }", Directives5);

    [Fact]
    public void SixDirectivesOnAFieldAreRejectedAtThatField()
    {
        var error = ExpectError("{ a\n b " + Tags(6) + " }", Directives5, LimitErrorCodes.MaxDirectivesExceeded);
        Assert.Equal(
            "The GraphQL document has 6 directives at one location which exceeds the max allowed number of directives per location of 5.",
            error.Message);
        Assert.Equal(5, error.Extensions!["allowedDirectives"]);
        Assert.Equal(6L, error.Extensions!["detectedDirectives"]);
        Assert.Equal((2, 2), (error.Locations![0].Line, error.Locations[0].Column));
    }

    [Fact]
    public void DirectivesAtDifferentLocationsAreCountedApart() =>
        ExpectValid("query Q " + Tags(5) + " { a " + Tags(5) + " b " + Tags(5) + " ... " + Tags(5) + " { a } }", Directives5);

    [Theory]
    [InlineData("query Q @tags { a }", SyntaxKind.OperationDefinition)]
    [InlineData("query Q($v: Int @tags) { a }", SyntaxKind.VariableDefinition)]
    [InlineData("{ ... @tags { a } }", SyntaxKind.InlineFragment)]
    [InlineData("{ ...F @tags } fragment F on Query { a }", SyntaxKind.FragmentSpread)]
    [InlineData("{ ...F } fragment F on Query @tags { a }", SyntaxKind.FragmentDefinition)]
    public void EveryExecutableLocationIsLimited(string document, SyntaxKind location)
    {
        ExpectValid(document.Replace("@tags", Tags(5), StringComparison.Ordinal), Directives5);
        var error = ExpectError(document.Replace("@tags", Tags(6), StringComparison.Ordinal), Directives5, LimitErrorCodes.MaxDirectivesExceeded);
        Assert.Equal(location, Assert.Single(error.Nodes!).Kind);
    }

    [Fact]
    public void DirectivesInsideAFragmentAreFoundThroughItsSpread() =>
        ExpectError("{ self { ...F } } fragment F on Query { self { a " + Tags(6) + " } }", Directives5, LimitErrorCodes.MaxDirectivesExceeded);
}
