using Hamahang.GraphQL.Execution.Values;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Execution.Planning;

/// <summary>
/// "CollectFields(objectType, selectionSet, variableValues, visitedFragments)": groups the selections that
/// apply to an object type by response name, in document order, honouring <c>@skip</c> and <c>@include</c>,
/// fragment type conditions and visiting each fragment once.
/// See https://spec.graphql.org/September2025/#sec-Field-Collection.
/// </summary>
internal sealed class FieldCollector
{
    private readonly Schema _schema;
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    private readonly IReadOnlyDictionary<string, object?>? _variables;
    private readonly OrderedDictionary<string, List<FieldNode>> _fields = new(StringComparer.Ordinal);
    private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);
    private ObjectType _type = null!;
    private bool _usedVariables;

    public FieldCollector(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?>? variables)
    {
        _schema = schema;
        _fragments = fragments;
        _variables = variables;
    }

    /// <summary>The root plan of an operation.</summary>
    public SelectionSetPlan CollectRoot(ObjectType type, SelectionSetNode selectionSet)
    {
        Reset(type);
        Visit(selectionSet);
        return Build();
    }

    /// <summary>"CollectSubfields": the plan of the merged selection sets of <paramref name="field"/>'s nodes for <paramref name="type"/>.</summary>
    public SelectionSetPlan CollectSubfields(ObjectType type, FieldPlan field)
    {
        Reset(type);
        foreach (var node in field.Nodes)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                Visit(selectionSet);
            }
        }

        return Build();
    }

    private void Reset(ObjectType type)
    {
        _type = type;
        _fields.Clear();
        _visitedFragments.Clear();
        _usedVariables = false;
    }

    private SelectionSetPlan Build()
    {
        var plans = new List<FieldPlan>(_fields.Count);
        foreach (var (responseName, nodes) in _fields)
        {
            var definition = _schema.GetField(_type, nodes[0].Name.Value);
            if (definition is not null)
            {
                plans.Add(new FieldPlan(responseName, [.. nodes], definition, _type));
            }
        }

        return new SelectionSetPlan(_type, [.. plans], _usedVariables);
    }

    private void Visit(SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (ShouldInclude(field))
                    {
                        var key = field.ResponseKey;
                        if (!_fields.TryGetValue(key, out var nodes))
                        {
                            nodes = [];
                            _fields.Add(key, nodes);
                        }

                        nodes.Add(field);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (ShouldInclude(inline) && DoesFragmentTypeApply(inline.TypeCondition))
                    {
                        Visit(inline.SelectionSet);
                    }

                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!ShouldInclude(spread) || _visitedFragments.Contains(name))
                    {
                        break;
                    }

                    if (_fragments.TryGetValue(name, out var fragment) && DoesFragmentTypeApply(fragment.TypeCondition))
                    {
                        _visitedFragments.Add(name);
                        Visit(fragment.SelectionSet);
                    }

                    break;
            }
        }
    }

    private bool DoesFragmentTypeApply(NamedTypeNode? typeCondition)
    {
        if (typeCondition is null)
        {
            return true;
        }

        var conditional = _schema.GetType(typeCondition.Name.Value);
        if (ReferenceEquals(conditional, _type))
        {
            return true;
        }

        return conditional is { IsAbstractType: true } && _schema.IsSubType(conditional, _type);
    }

    private bool ShouldInclude(SelectionNode selection)
    {
        foreach (var directive in selection.Directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var value = ConditionValue(directive);
            if (name == "skip" ? value : !value)
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
                _usedVariables = true;
                return _variables is not null && _variables.TryGetValue(variable.Name.Value, out var value) && value is true;
            }

            return argument.Value is BooleanValueNode { Value: true };
        }

        return false;
    }
}
