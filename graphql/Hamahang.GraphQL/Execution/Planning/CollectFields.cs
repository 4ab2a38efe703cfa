using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Execution.Planning;

/// <summary>
/// "CollectFields(objectType, selectionSet, variableValues, visitedFragments)": the one walk of a selection set and
/// the fragments it spreads. Execution builds its plans with it (<see cref="FieldCollector"/>), the data conventions'
/// projections read those plans, and the subscription rule and the request limits walk with it, as graphql-js's
/// <c>collectFields</c> serves its executor and its <c>SingleFieldSubscriptionsRule</c>. It runs on documents that
/// may not be valid yet: a spread of an unknown fragment, or a type condition naming an unknown type, selects
/// nothing. By default it groups fields by response name in document order, evaluates <c>@skip</c> and
/// <c>@include</c> with the variables it was given (an unknown variable reads as false) and visits a fragment once
/// per collection; a subclass may change what a field becomes, how those directives count and how a fragment is
/// visited. See https://spec.graphql.org/September2025/#CollectFields().
/// </summary>
internal abstract class CollectFields
{
    private HashSet<string>? _visitedFragments;
    private OrderedDictionary<string, List<FieldNode>>? _groupedFields;

    protected CollectFields(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?>? variables)
    {
        Schema = schema;
        Fragments = fragments;
        Variables = variables;
    }

    /// <summary>The schema the type conditions are read in.</summary>
    protected Schema Schema { get; }

    /// <summary>The document's fragment definitions by name.</summary>
    protected IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>The coerced variable values <c>@skip</c> and <c>@include</c> read; null when there are none.</summary>
    protected IReadOnlyDictionary<string, object?>? Variables { get; }

    /// <summary>The type the fields are collected for ("objectType").</summary>
    protected GraphQLNamedType Type { get; private set; } = null!;

    /// <summary>The grouped field set: the field selections by response name, in the order the names were first selected.</summary>
    protected OrderedDictionary<string, List<FieldNode>> GroupedFields => _groupedFields ??= new(StringComparer.Ordinal);

    /// <summary>True when <c>@skip</c> or <c>@include</c> read a variable since <see cref="Start"/>.</summary>
    protected bool UsedVariables { get; private set; }

    /// <summary>Begins a collection for <paramref name="type"/>: no field grouped, no fragment visited.</summary>
    protected void Start(GraphQLNamedType type)
    {
        Type = type;
        _groupedFields?.Clear();
        _visitedFragments?.Clear();
        UsedVariables = false;
    }

    /// <summary>Collects the selections of <paramref name="selectionSet"/> that apply to <see cref="Type"/>.</summary>
    /// <param name="selectionSet">The selection set.</param>
    /// <param name="deferUsage">The <c>@defer</c> the selection set is under, when a subclass tracks them.</param>
    protected void Collect(SelectionSetNode selectionSet, DirectiveNode? deferUsage = null)
    {
        EnterSelectionSet(selectionSet);
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    CollectField(field, deferUsage);
                    break;
                case InlineFragmentNode inline when DoesFragmentTypeApply(inline.TypeCondition):
                    CollectInlineFragment(inline, DeferUsageOf(inline) ?? deferUsage);
                    break;
                case FragmentSpreadNode spread:
                    CollectFragmentSpread(spread, deferUsage);
                    break;
            }
        }
    }

    /// <summary>Called before the selections of <paramref name="selectionSet"/> are collected (work budgets, stack checks).</summary>
    protected virtual void EnterSelectionSet(SelectionSetNode selectionSet)
    {
    }

    /// <summary>Adds an included field to the grouped field set under its response name.</summary>
    protected virtual void CollectField(FieldNode field, DirectiveNode? deferUsage)
    {
        var key = field.ResponseKey;
        if (!GroupedFields.TryGetValue(key, out var nodes))
        {
            nodes = [];
            GroupedFields.Add(key, nodes);
        }

        nodes.Add(field);
    }

    /// <summary>Collects an included inline fragment whose type condition applies.</summary>
    protected virtual void CollectInlineFragment(InlineFragmentNode inline, DirectiveNode? deferUsage) => Collect(inline.SelectionSet, deferUsage);

    /// <summary>"If fragmentSpreadName is in visitedFragments, continue with the next selection": a known fragment that applies, once.</summary>
    protected virtual void CollectFragmentSpread(FragmentSpreadNode spread, DirectiveNode? deferUsage)
    {
        var name = spread.Name.Value;
        _visitedFragments ??= new(StringComparer.Ordinal);
        if (!_visitedFragments.Contains(name) && Fragments.TryGetValue(name, out var fragment) && DoesFragmentTypeApply(fragment.TypeCondition))
        {
            _visitedFragments.Add(name);
            Collect(fragment.SelectionSet, DeferUsageOf(spread) ?? deferUsage);
        }
    }

    /// <summary>The <c>@defer</c> that starts a new deferred group at <paramref name="selection"/>; none unless a subclass tracks them.</summary>
    protected virtual DirectiveNode? DeferUsageOf(SelectionNode selection) => null;

    /// <summary>
    /// "DoesFragmentTypeApply(objectType, fragmentType)": no condition, the type itself, or an abstract type
    /// <see cref="Type"/> belongs to. See https://spec.graphql.org/September2025/#DoesFragmentTypeApply().
    /// </summary>
    protected virtual bool DoesFragmentTypeApply(NamedTypeNode? typeCondition)
    {
        if (typeCondition is null)
        {
            return true;
        }

        var conditional = Schema.GetType(typeCondition.Name.Value);
        return ReferenceEquals(conditional, Type) || (conditional is { IsAbstractType: true } && Schema.IsSubType(conditional, Type));
    }

    /// <summary>
    /// "If selection provides the directive @skip, let skipDirective be that directive. If skipDirective's if argument
    /// is true or is a variable in variableValues with the value true, continue with the next selection"; likewise
    /// <c>@include</c> with false. A missing or non-boolean <c>if</c> reads as false.
    /// </summary>
    protected virtual bool ShouldInclude(SelectionNode selection)
    {
        foreach (var directive in selection.Directives)
        {
            var name = directive.Name.Value;
            if (name is "skip" or "include" && ConditionValue(directive) == (name == "skip"))
            {
                return false;
            }
        }

        return true;
    }

    private bool ConditionValue(DirectiveNode directive)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value != "if")
            {
                continue;
            }

            if (argument.Value is VariableNode variable)
            {
                UsedVariables = true;
                return Variables is not null && Variables.TryGetValue(variable.Name.Value, out var value) && value is true;
            }

            return argument.Value is BooleanValueNode { Value: true };
        }

        return false;
    }
}
