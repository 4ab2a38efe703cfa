using System.Runtime.CompilerServices;
using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Execution.Planning;
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
internal sealed partial class CostAnalyzer(
    Schema schema,
    IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
    RequestLimits limits,
    ArgumentValues values)
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

        var walk = new SelectionCost(this, schema, fragments, type, sized);
        walk.Sum(selectionSet);
        return walk.Total;
    }

    /// <summary>
    /// The cost of one selection set on one object type, walked with <see cref="CollectFields"/>: every field selection
    /// counts (none merged, <c>@skip</c>/<c>@include</c> not evaluated: the price holds for any variables), an inline
    /// fragment is priced on its own and a fragment spread with the memo, once per use.
    /// </summary>
    private sealed class SelectionCost(
        CostAnalyzer analyzer, Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, ObjectType type, Sized sized)
        : CollectFields(schema, fragments, variables: null)
    {
        public Cost Total { get; private set; }

        public void Sum(SelectionSetNode selectionSet)
        {
            Start(type);
            Collect(selectionSet);
        }

        protected override bool ShouldInclude(SelectionNode selection) => true;

        protected override void CollectField(FieldNode field, DirectiveNode? deferUsage) => Total += analyzer.Field(field, type, sized);

        protected override void CollectInlineFragment(InlineFragmentNode inline, DirectiveNode? deferUsage) =>
            Total += analyzer.Sum(inline.SelectionSet, type, sized);

        protected override void CollectFragmentSpread(FragmentSpreadNode spread, DirectiveNode? deferUsage)
        {
            if (Fragments.TryGetValue(spread.Name.Value, out var fragment) && DoesFragmentTypeApply(fragment.TypeCondition)
                && analyzer._visiting.Add(fragment))
            {
                Total += analyzer.SelectionSet(fragment.SelectionSet, type, sized);
                analyzer._visiting.Remove(fragment);
            }
        }
    }

    private readonly record struct Cost(double Field, double Type)
    {
        public static Cost operator +(Cost a, Cost b) => new(a.Field + b.Field, a.Type + b.Type);
    }

    /// <summary>The list size that a field's <c>@listSize(sizedFields:)</c> hands to the subfields it names.</summary>
    private readonly record struct Sized(string[]? Fields, double Size);

    private readonly record struct MemoKey(SelectionSetNode SelectionSet, GraphQLNamedType Type, Sized Sized);
}
