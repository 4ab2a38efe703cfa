using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Validation.Limits;

namespace Hamahang.GraphQL.Tests.Validation.Limits;

/// <summary>The limits checked on the syntax, before validation: one error, never more than the full analysis would refuse.</summary>
public class RequestLimitsPrecheckTests
{
    private static string? Code(string document, RequestLimits? limits = null, string? operationName = null) =>
        RequestLimitsPrecheck.Check(Parser.Parse(document), limits ?? RequestLimits.Default, operationName)?.Extensions?["code"] as string;

    [Theory]
    [InlineData("{ a a a a a a }", "MAX_FIELD_DUPLICATES_EXCEEDED")]
    [InlineData("{ x: a x: b x: a x: a x: a x: a }", "MAX_FIELD_DUPLICATES_EXCEEDED")]
    [InlineData("fragment F on Query { a a a a a a } { ...F }", "MAX_FIELD_DUPLICATES_EXCEEDED")]
    [InlineData("{ a @x @x @x @x @x @x }", "MAX_DIRECTIVES_EXCEEDED")]
    [InlineData("fragment F on Query @x @x @x @x @x @x { a } { ...F }", "MAX_DIRECTIVES_EXCEEDED")]
    [InlineData("{ a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a } } } } } } } } } } } } } } } }", "MAX_DEPTH_EXCEEDED")]
    public void ADocumentWhoseSyntaxAlonePassesALimitIsRefused(string document, string code) =>
        Assert.Equal(code, Code(document));

    [Theory]
    [InlineData("{ a a a a a }")]
    [InlineData("{ a ... { a a a a a } ... { a a a a a } }")]
    [InlineData("{ a @x @x @x @x @x }")]
    [InlineData("{ a { a { a { a { a { a { a { a { a { a { a { a { a { a { a } } } } } } } } } } } } } } }")]
    public void ADocumentWithinEveryLimitOnItsSyntaxGoesOnToValidation(string document) =>
        Assert.Null(Code(document));

    [Fact]
    public void TheAliasAndFieldCountsAreTakenPerOperation()
    {
        var thirty = string.Join(" ", Enumerable.Range(0, 30).Select(i => $"a{i}: a"));
        Assert.Null(Code($"query A {{ {thirty} }} query B {{ {thirty} }}"));
        Assert.Equal("MAX_ALIASES_EXCEEDED", Code($"{{ {thirty} extra: a }}"));
        Assert.Equal(
            "MAX_FIELDS_EXCEEDED",
            Code("{ " + string.Join(" ", Enumerable.Range(0, 1001).Select(i => $"f{i}")) + " }", RequestLimits.Default with { MaxFieldDuplicates = null }));
    }

    [Fact]
    public void OnlyTheNamedOperationIsChecked()
    {
        const string document = "query Small { a } query Large { a a a a a a }";
        Assert.Null(Code(document, operationName: "Small"));
        Assert.Equal("MAX_FIELD_DUPLICATES_EXCEEDED", Code(document, operationName: "Large"));
    }

    [Fact]
    public void EveryLimitOffChecksNothing() =>
        Assert.Null(Code("{ a a a a a a @x @x @x @x @x @x }", RequestLimits.None));
}
