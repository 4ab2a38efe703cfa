using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Execution.Planning;

/// <summary>
/// The executor's <see cref="CollectFields"/>: the grouped field set of a selection set for an object type, as
/// the <see cref="SelectionSetPlan"/> the executor runs (one <see cref="FieldPlan"/> per response name whose
/// field the type has). See https://spec.graphql.org/September2025/#sec-Field-Collection.
/// </summary>
internal sealed class FieldCollector(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?>? variables)
    : CollectFields(schema, fragments, variables)
{
    /// <summary>The root plan of an operation.</summary>
    public SelectionSetPlan CollectRoot(ObjectType type, SelectionSetNode selectionSet)
    {
        Start(type);
        Collect(selectionSet);
        return Build(type);
    }

    /// <summary>"CollectSubfields": the plan of the merged selection sets of <paramref name="field"/>'s nodes for <paramref name="type"/>.</summary>
    public SelectionSetPlan CollectSubfields(ObjectType type, FieldPlan field)
    {
        Start(type);
        foreach (var node in field.Nodes)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                Collect(selectionSet);
            }
        }

        return Build(type);
    }

    private SelectionSetPlan Build(ObjectType type)
    {
        var plans = new List<FieldPlan>(GroupedFields.Count);
        foreach (var (responseName, nodes) in GroupedFields)
        {
            var definition = Schema.GetField(type, nodes[0].Name.Value);
            if (definition is not null)
            {
                plans.Add(new FieldPlan(responseName, [.. nodes], definition, type));
            }
        }

        return new SelectionSetPlan(type, [.. plans], UsedVariables);
    }
}
