using Hamahang.GraphQL.Execution.Planning;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Tests.Execution.Planning;

/// <summary>CollectFields as the executor plans with it: https://spec.graphql.org/September2025/#CollectFields().</summary>
public class FieldCollectorTests
{
    private static readonly Schema Schema = BuildSchema.FromSdl("""
        type Query { pet: Pet cat: Cat name: String age: Int }
        interface Named { name: String }
        type Cat implements Named { name: String lives: Int }
        type Dog implements Named { name: String barks: Boolean }
        union Pet = Cat | Dog
        """);

    [Fact]
    public void FieldsAreGroupedByResponseNameInTheOrderTheyAreFirstSelected()
    {
        var plan = Root("{ name ...F age n: name name } fragment F on Query { age name }");

        Assert.Equal(["name", "age", "n"], plan.Fields.Select(f => f.ResponseName));
        Assert.Equal(3, plan.Fields[0].Nodes.Length);
        Assert.Equal(2, plan.Fields[1].Nodes.Length);
    }

    [Fact]
    public void AFragmentSpreadTwiceIsCollectedOnce()
    {
        var plan = Root("{ ...F ...F } fragment F on Query { name }");

        Assert.Single(Assert.Single(plan.Fields).Nodes);
    }

    [Fact]
    public void AnUnknownFragmentOrTypeConditionSelectsNothing()
    {
        var plan = Root("{ ...Missing ... on Nowhere { age } name }");

        Assert.Equal(["name"], plan.Fields.Select(f => f.ResponseName));
    }

    [Fact]
    public void SkipAndIncludeReadTheVariablesAndAnUnknownVariableReadsAsFalse()
    {
        const string Document = "query($yes: Boolean) { name @skip(if: $yes) age @include(if: $yes) n: name @include(if: $unknown) }";

        var withYes = Root(Document, new Dictionary<string, object?> { ["yes"] = true });
        var withoutYes = Root(Document, new Dictionary<string, object?> { ["yes"] = false });

        Assert.Equal(["age"], withYes.Fields.Select(f => f.ResponseName));
        Assert.Equal(["name"], withoutYes.Fields.Select(f => f.ResponseName));
        Assert.True(withYes.DependsOnVariables);
        Assert.False(Root("{ name @skip(if: false) age @include(if: true) }").DependsOnVariables);
    }

    [Fact]
    public void AbstractTypeConditionsApplyToTheObjectTypesThatBelongToThem()
    {
        var (collector, document) = Collector(
            "{ pet { ... on Named { name } ... on Pet { __typename } ... on Dog { barks } ...C } } fragment C on Cat { lives }");
        var pet = collector.CollectRoot(Schema.QueryType!, document).Fields[0];

        var cat = collector.SubPlan(pet, (ObjectType)Schema.GetType("Cat")!);
        var dog = collector.SubPlan(pet, (ObjectType)Schema.GetType("Dog")!);

        Assert.Equal(["name", "__typename", "lives"], cat.Fields.Select(f => f.ResponseName));
        Assert.Equal(["name", "__typename", "barks"], dog.Fields.Select(f => f.ResponseName));
        Assert.Same(cat, collector.SubPlan(pet, (ObjectType)Schema.GetType("Cat")!));
    }

    private static SelectionSetPlan Root(string source, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var (collector, selectionSet) = Collector(source, variables);
        return collector.CollectRoot(Schema.QueryType!, selectionSet);
    }

    private static (FieldCollector Collector, SelectionSetNode SelectionSet) Collector(string source, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var document = Parser.Parse(source);
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        return (new FieldCollector(Schema, fragments, variables), operation.SelectionSet);
    }
}
