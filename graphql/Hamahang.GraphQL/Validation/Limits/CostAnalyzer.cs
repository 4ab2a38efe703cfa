using System.Runtime.CompilerServices;
using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Validation.Limits;

/// <summary>
/// Static cost analysis after the IBM cost specification (https://ibm.github.io/graphql-specs/cost-spec.html),
/// computed as HotChocolate 14 computes it: the field cost of a selection set is the sum of its fields'
/// costs; a field costs its weight plus its arguments' weights plus its selection set's field cost times
/// its list size; the type cost counts the objects the response may hold (each composite type's weight,
/// times list sizes). On an interface or union each possible type is priced and the dearest counts.
/// A selection set is priced once per (type, list-size context) and reused, so fragments count once per
/// use without being walked once per use. Fields with one response key are not merged: each selection
/// counts, an upper bound where HotChocolate merges them.
/// </summary>
internal sealed partial class CostAnalyzer(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, RequestLimits limits, ArgumentValues values)
{
    private readonly CostSchemaInfo _info = CostSchemaInfo.For(schema);
    private readonly Dictionary<MemoKey, Cost> _memo = [];
    private readonly HashSet<FragmentDefinitionNode> _visiting = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<FieldNode> _reported = new(ReferenceEqualityComparer.Instance);
    private readonly List<object> _path = [];

    /// <summary>Errors found while pricing (a missing or repeated slicing argument).</summary>
    public List<GraphQLError> Errors { get; } = [];

    /// <summary>True when the document nests so deeply that pricing stopped before the stack ran out; the cost is then infinite.</summary>
    public bool TooDeep { get; private set; }

    public CostReport Analyze(OperationDefinitionNode operation)
    {
        _memo.Clear();
        _path.Clear();
        values.SetOperation(operation);
        var root = operation.Operation switch
        {
            OperationType.Mutation => schema.MutationRoot,
            OperationType.Subscription => schema.SubscriptionRoot,
            _ => schema.QueryRoot,
        };
        if (root is null)
        {
            return new CostReport(0, 0);
        }

        var cost = SelectionSet(operation.SelectionSet, root, default);
        return new CostReport(cost.Field, cost.Type + TypeWeight(root));
    }

    private Cost SelectionSet(SelectionSetNode selectionSet, GraphQLNamedType type, Sized sized)
    {
        var key = new MemoKey(selectionSet, type, sized);
        if (_memo.TryGetValue(key, out var cost))
        {
            return cost;
        }

        if (type is ObjectType objectType)
        {
            cost = Sum(selectionSet, objectType, sized);
        }
        else if (type is InterfaceType or UnionType)
        {
            var possibleTypes = schema.GetPossibleTypes(type);
            for (var i = 0; i < possibleTypes.Count; i++)
            {
                var possible = Sum(selectionSet, possibleTypes[i], sized);
                cost = new Cost(Math.Max(cost.Field, possible.Field), Math.Max(cost.Type, possible.Type));
            }
        }

        _memo[key] = cost;
        return cost;
    }

    private Cost Sum(SelectionSetNode selectionSet, ObjectType type, Sized sized)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            TooDeep = true;
            return new Cost(double.PositiveInfinity, double.PositiveInfinity);
        }

        var total = default(Cost);
        for (var i = 0; i < selectionSet.Selections.Count; i++)
        {
            switch (selectionSet.Selections[i])
            {
                case FieldNode field:
                    total += Field(field, type, sized);
                    break;
                case InlineFragmentNode inline when Applies(inline.TypeCondition is { } condition ? schema.GetType(condition.Name.Value) : type, type):
                    total += Sum(inline.SelectionSet, type, sized);
                    break;
                case FragmentSpreadNode spread when fragments.TryGetValue(spread.Name.Value, out var fragment)
                    && Applies(schema.GetType(fragment.TypeCondition.Name.Value), type) && _visiting.Add(fragment):
                    total += SelectionSet(fragment.SelectionSet, type, sized);
                    _visiting.Remove(fragment);
                    break;
            }
        }

        return total;
    }

    private bool Applies(GraphQLNamedType? condition, ObjectType type) =>
        ReferenceEquals(condition, type) || (condition is InterfaceType or UnionType && schema.IsSubType(condition, type));

    private readonly record struct Cost(double Field, double Type)
    {
        public static Cost operator +(Cost a, Cost b) => new(a.Field + b.Field, a.Type + b.Type);
    }

    /// <summary>The list size that a field's <c>@listSize(sizedFields:)</c> hands to the subfields it names.</summary>
    private readonly record struct Sized(string[]? Fields, double Size);

    private readonly record struct MemoKey(SelectionSetNode SelectionSet, GraphQLNamedType Type, Sized Sized);
}
