using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Execution.Planning;

/// <summary>
/// The grouped field set of one selection set for one object type: "CollectFields(objectType,
/// selectionSet, variableValues)" computed once and kept with the cached document, so a list of
/// 1 000 objects collects its fields once. See https://spec.graphql.org/September2025/#CollectFields().
/// </summary>
internal sealed class SelectionSetPlan
{
    public SelectionSetPlan(ObjectType type, FieldPlan[] fields, bool dependsOnVariables)
    {
        Type = type;
        Fields = fields;
        DependsOnVariables = dependsOnVariables;
    }

    /// <summary>The object type the fields were collected for.</summary>
    public ObjectType Type { get; }

    /// <summary>The fields, one per response name, in the order the response names were first selected.</summary>
    public FieldPlan[] Fields { get; }

    /// <summary>
    /// True when <c>@skip</c> or <c>@include</c> read a variable while collecting, so the plan holds only for
    /// this request's variables and is not shared.
    /// </summary>
    public bool DependsOnVariables { get; }
}
