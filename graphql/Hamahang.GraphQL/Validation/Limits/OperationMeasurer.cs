using System.Runtime.CompilerServices;
using Hamahang.GraphQL.Execution.Planning;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Validation.Limits;

/// <summary>
/// Measures an operation for the counting limits in one pass: depth, aliases, fields, directives per
/// location and <c>nodes(ids:)</c> sizes. A fragment is measured once per operation and its measures
/// reused at every spread, so a fragment spread n times counts n times without being walked n times
/// (50 fragments each spreading the next twice cost 50 walks, not 2^50). A spread of a fragment that is
/// being measured (a cycle, which validation rejects elsewhere) counts as empty, so the walk ends.
/// </summary>
internal sealed class OperationMeasurer(
    Schema schema,
    IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
    NodesArguments nodes,
    ArgumentValues values)
{
    private readonly Dictionary<FragmentDefinitionNode, OperationMeasures> _memo = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<FragmentDefinitionNode> _visiting = new(ReferenceEqualityComparer.Instance);

    public OperationMeasures Measure(OperationDefinitionNode operation)
    {
        _memo.Clear();
        values.SetOperation(operation);
        var measures = Directives(operation.Directives, operation);
        foreach (var variable in operation.VariableDefinitions)
        {
            measures = OperationMeasures.Combine(measures, Directives(variable.Directives, variable));
        }

        var root = operation.Operation switch
        {
            OperationType.Mutation => schema.MutationRoot,
            OperationType.Subscription => schema.SubscriptionRoot,
            _ => schema.QueryRoot,
        };
        return OperationMeasures.Combine(measures, SelectionSet(operation.SelectionSet, root));
    }

    private OperationMeasures SelectionSet(SelectionSetNode selectionSet, GraphQLNamedType? parentType)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return new OperationMeasures { TooDeep = true };
        }

        var walk = new SelectionMeasure(this, schema, fragments, parentType);
        walk.Measure(selectionSet);
        return walk.Measures;
    }

    private OperationMeasures Field(FieldNode field, GraphQLNamedType? parentType)
    {
        var measures = Directives(field.Directives, field) with { Fields = 1, Aliases = field.Alias is null ? 0 : 1, Depth = 1 };
        var definition = parentType is null ? null : schema.GetField(parentType, field.Name.Value);
        if (definition is not null && nodes.ArgumentOf(parentType!, definition) is { } argumentName)
        {
            for (var i = 0; i < field.Arguments.Count; i++)
            {
                var argument = field.Arguments[i];
                if (argument.Name.Value == argumentName)
                {
                    measures = measures with { NodesIds = values.ListLength(argument.Value), NodesField = field };
                }
            }
        }

        if (field.SelectionSet is { } selectionSet)
        {
            var children = SelectionSet(selectionSet, definition?.Type.NamedType);
            measures = OperationMeasures.Combine(measures, children) with { Depth = Saturating.Add(children.Depth, 1) };
        }

        return measures;
    }

    private OperationMeasures Fragment(string name)
    {
        if (!fragments.TryGetValue(name, out var fragment) || !_visiting.Add(fragment))
        {
            return default;
        }

        if (!_memo.TryGetValue(fragment, out var measures))
        {
            measures = OperationMeasures.Combine(
                Directives(fragment.Directives, fragment),
                SelectionSet(fragment.SelectionSet, schema.GetType(fragment.TypeCondition.Name.Value)));
            _memo[fragment] = measures;
        }

        _visiting.Remove(fragment);
        return measures;
    }

    private static OperationMeasures Directives(IReadOnlyList<DirectiveNode> directives, SyntaxNode location) =>
        directives.Count == 0 ? default : new OperationMeasures { Directives = directives.Count, DirectivesLocation = location };

    /// <summary>
    /// One selection set walked with <see cref="CollectFields"/> as a limit counts it: every selection, whatever type
    /// it applies to and whatever <c>@skip</c>/<c>@include</c> say (the limits hold for any variables), an inline
    /// fragment's fields looked up on its type condition, a fragment spread measured once and counted per use.
    /// </summary>
    private sealed class SelectionMeasure(
        OperationMeasurer measurer, Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, GraphQLNamedType? parentType)
        : CollectFields(schema, fragments, variables: null)
    {
        public OperationMeasures Measures { get; private set; }

        public void Measure(SelectionSetNode selectionSet) => Collect(selectionSet);

        protected override bool ShouldInclude(SelectionNode selection)
        {
            if (selection is not FieldNode)
            {
                Measures = OperationMeasures.Combine(Measures, Directives(selection.Directives, selection));
            }

            return true;
        }

        protected override bool DoesFragmentTypeApply(NamedTypeNode? typeCondition) => true;

        protected override void CollectField(FieldNode field, DirectiveNode? deferUsage) =>
            Measures = OperationMeasures.Combine(Measures, measurer.Field(field, parentType));

        protected override void CollectInlineFragment(InlineFragmentNode inline, DirectiveNode? deferUsage) =>
            Measures = OperationMeasures.Combine(
                Measures, measurer.SelectionSet(
                    inline.SelectionSet,
                    inline.TypeCondition is { } condition ? Schema.GetType(condition.Name.Value) : parentType));

        protected override void CollectFragmentSpread(FragmentSpreadNode spread, DirectiveNode? deferUsage) =>
            Measures = OperationMeasures.Combine(Measures, measurer.Fragment(spread.Name.Value));
    }
}
