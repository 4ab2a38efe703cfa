using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Validation;
using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation;

public class DocumentValidatorTests : ValidationHarness<FieldsOnCorrectTypeRule>
{
    private static string UnknownFields(int count) => "{ dog { " + string.Concat(Enumerable.Range(0, count).Select(i => $"unknown{i} ")) + "} }";

    [Fact]
    public void AValidDocumentHasNoErrors() =>
        Assert.Empty(DocumentValidator.Validate(
            TestSchema,
            Parser.Parse("query Q($s: Boolean) { dog { name(surname: $s) ...F } } fragment F on Dog { barks }")));

    [Fact]
    public void ErrorsComeInDocumentOrderAcrossRules()
    {
        var errors = DocumentValidator.Validate(TestSchema, Parser.Parse("query A { dog { nam } } query A { cat { x: name x: meows } }"));
        Assert.Equal(
            [
                "Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?",
                "There can be only one operation named \"A\".",
                "Fields \"x\" conflict because \"name\" and \"meows\" are different fields. " +
                    "Use different aliases on the fields to fetch both if this was intentional.",
            ],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void TheHundredAndFirstErrorStopsValidation()
    {
        var errors = Validate(UnknownFields(150));
        Assert.Equal(101, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
        Assert.Null(errors[^1].Locations);
    }

    [Fact]
    public void TheErrorLimitCanBeChanged()
    {
        var errors = Validate(UnknownFields(10), new ValidationOptions { MaxErrors = 3 });
        Assert.Equal(4, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
    }

    [Fact]
    public void ExactlyTheLimitIsNotAborted() => Assert.Equal(100, Validate(UnknownFields(100)).Count);

    [Fact]
    public void SpecifiedRulesListsTheThirtyTwoRulesInTheSpecificationsOrder()
    {
        Assert.Equal(32, SpecifiedRules.All.Count);
        Assert.IsType<ExecutableDefinitionsRule>(SpecifiedRules.All[0]);
        Assert.IsType<OverlappingFieldsCanBeMergedRule>(SpecifiedRules.All[29]);
        Assert.IsType<MaxIntrospectionDepthRule>(SpecifiedRules.All[^1]);
    }

    [Fact]
    public void ADocumentNestedDeeperThanTheStackAllowsIsAbortedNotOverflowed()
    {
        const int depth = 5_000;
        var text = "{ human " + string.Concat(Enumerable.Repeat("{ relatives ", depth)) + "{ iq }" + new string('}', depth) + " }";
        var document = Parser.Parse(text, new ParserOptions { MaxDepth = int.MaxValue, MaxTokens = int.MaxValue, MaxDocumentSize = int.MaxValue });
        IReadOnlyList<Hamahang.GraphQL.Error.GraphQLError>? errors = null;
        var thread = new Thread(() => errors = DocumentValidator.Validate(TestSchema, document), 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Equal("Validation aborted.", Assert.Single(errors!).Message);
    }
}
