using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Execution.Planning;

/// <summary>
/// The executor's <see cref="CollectFields"/>: the grouped field set of a selection set for an object type, as
/// the <see cref="SelectionSetPlan"/> the executor runs (one <see cref="FieldPlan"/> per response name whose
/// field the type has). See https://spec.graphql.org/September2025/#sec-Field-Collection.
/// </summary>
internal sealed class FieldCollector(
    Schema schema,
    IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
    IReadOnlyDictionary<string, object?>? variables)
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

    /// <summary>
    /// The plan of <paramref name="field"/>'s selection set for <paramref name="type"/> that the field caches (the one the
    /// executor runs), or one collected now and cached when it does not depend on variables. For readers beside the
    /// executor (the data conventions' projections), each with a collector of its own: the field's cache is thread-safe.
    /// </summary>
    public SelectionSetPlan SubPlan(FieldPlan field, ObjectType type)
    {
        if (field.GetCachedPlan(type) is { } cached)
        {
            return cached;
        }

        var plan = CollectSubfields(type, field);
        if (!plan.DependsOnVariables)
        {
            field.CachePlan(plan);
        }

        return plan;
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
