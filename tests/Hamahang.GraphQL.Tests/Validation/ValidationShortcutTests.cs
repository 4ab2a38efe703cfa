using System.Text.Json;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Tests.Conformance;
using Hamahang.GraphQL.Utilities;
using Hamahang.GraphQL.Validation;

namespace Hamahang.GraphQL.Tests.Validation;

/// <summary>
/// The shortcuts validation takes on the documents most requests send: the walk for variable usages is skipped where no
/// variable stands, and the schema's directives are read once per schema. Each must answer as the long way would.
/// </summary>
public class ValidationShortcutTests
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    [Fact]
    public void TheVariableScanFindsAVariableWhereverTheUsageWalkWould()
    {
        var casesFile = Path.Combine(NodeScript.ConformanceDirectory, "corpus", "validation", "cases.json");
        var cases = JsonSerializer.Deserialize<List<CorpusCase>>(File.ReadAllText(casesFile), Json)!;
        var (withVariables, without) = (0, 0);
        foreach (var item in cases)
        {
            DocumentNode document;
            try
            {
                document = Parser.Parse(item.Document);
            }
            catch (GraphQLSyntaxException)
            {
                continue;
            }

            foreach (var definition in document.Definitions.OfType<ExecutableDefinitionNode>())
            {
                var walked = WalkFindsVariable(definition);
                Assert.True(walked == ValidationContext.UsesVariables(definition), $"{item.Name}: the walk says {walked}\n{item.Document}");
                _ = walked ? withVariables++ : without++;
            }
        }

        // The corpus has both kinds in numbers, so the comparison above is not one-sided.
        Assert.True(withVariables > 100 && without > 100, $"{withVariables} definitions with variables, {without} without");
    }

    [Theory]
    [InlineData("{ a @include(if: $v) }")]
    [InlineData("{ a { b(x: [1, { y: [$v] }]) } }")]
    [InlineData("{ ... on Q @skip(if: $v) { a } }")]
    [InlineData("{ ... on Q { a(x: $v) } }")]
    [InlineData("{ ...F @include(if: $v) }")]
    [InlineData("query @dir(x: $v) { a }")]
    [InlineData("fragment F on Q @dir(x: $v) { a }")]
    [InlineData("fragment F on Q { a { b { c(x: { y: $v }) } } }")]
    public void AVariableAnywhereInADefinitionIsFound(string source)
    {
        var definition = Parser.Parse(source).Definitions.OfType<ExecutableDefinitionNode>().Single();

        Assert.True(ValidationContext.UsesVariables(definition));
    }

    [Theory]
    [InlineData("query ($v: Int = 1) { a(x: 2) @include(if: true) }")]
    [InlineData("{ a { b(x: [1, { y: [\"$v\"] }]) } ...F }")]
    public void ADefinitionWithoutVariableUsesIsSeenAsSuch(string source)
    {
        var definition = Parser.Parse(source).Definitions.OfType<ExecutableDefinitionNode>().Single();

        Assert.False(ValidationContext.UsesVariables(definition));
    }

    [Fact]
    public void EachSchemaAnswersForItsOwnDirectivesAndADocumentForThoseItDefines()
    {
        var withFoo = BuildSchema.FromSdl("directive @foo(level: Int!) on FIELD\ntype Query { a: String }");
        var withoutFoo = BuildSchema.FromSdl("type Query { a: String }");
        var document = Parser.Parse("{ a @foo }");

        Assert.Equal(["Argument \"@foo(level:)\" of type \"Int!\" is required, but it was not provided."],
            DocumentValidator.Validate(withFoo, document).Select(e => e.Message));
        Assert.Equal(["Unknown directive \"@foo\"."], DocumentValidator.Validate(withoutFoo, document).Select(e => e.Message));
        Assert.Equal(["Argument \"@foo(level:)\" of type \"Int!\" is required, but it was not provided."],
            DocumentValidator.Validate(withFoo, document).Select(e => e.Message));

        // A directive the document defines stands over the schema's of that name, for this document only.
        var redefined = Parser.Parse("{ a @foo @foo }\ndirective @foo repeatable on FIELD");
        var errors = DocumentValidator.Validate(withFoo, redefined).Select(e => e.Message).ToList();
        Assert.DoesNotContain(errors, m => m.Contains("(level:)", StringComparison.Ordinal) || m.Contains("only once", StringComparison.Ordinal));
        Assert.Contains("Unknown directive \"@foo\".", DocumentValidator.Validate(withoutFoo, document).Select(e => e.Message));
    }

    [Fact]
    public void ARuleThatActsOnLeavingIsCalledThereWhereverItsLeaveIsDeclared()
    {
        var document = Parser.Parse("{ a { b } }");
        var rules = new IValidationRule[] { new LeavingRule<FieldLeaver>(), new LeavingRule<InheritedLeaver>(), new LeavingRule<EnterOnly>() };

        var errors = DocumentValidator.Validate(ValidationTestSchema.Pets, document, rules).Select(e => e.Message);

        Assert.Equal(["left b", "left b", "left a", "left a"], errors);
    }

    private sealed class LeavingRule<TVisitor> : IValidationRule
        where TVisitor : RecordingVisitor, new()
    {
        public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new TVisitor { Context = context };
    }

    private abstract class RecordingVisitor : ValidationRuleVisitor
    {
        public ValidationContext Context { get; init; } = null!;
    }

    private class FieldLeaver : RecordingVisitor
    {
        public override void Leave(SyntaxNode node, VisitorContext context)
        {
            if (node is FieldNode field)
            {
                Context.ReportError($"left {field.Name.Value}");
            }
        }
    }

    private sealed class InheritedLeaver : FieldLeaver;

    private sealed class EnterOnly : RecordingVisitor
    {
        public override bool Enter(SyntaxNode node, VisitorContext context) => true;
    }

    private static bool WalkFindsVariable(ExecutableDefinitionNode definition)
    {
        var found = false;
        Visitor.Create((node, _) =>
        {
            switch (node)
            {
                case VariableDefinitionNode:
                    return VisitorAction.Skip;
                case VariableNode:
                    found = true;
                    return VisitorAction.Break;
                default:
                    return VisitorAction.Continue;
            }
        }).Visit(definition);
        return found;
    }

    private sealed record CorpusCase(string Name, string Schema, string Document);
}
