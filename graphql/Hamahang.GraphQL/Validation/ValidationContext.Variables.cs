using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation;

public sealed partial class ValidationContext
{
    private readonly Dictionary<ExecutableDefinitionNode, IReadOnlyList<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, IReadOnlyList<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The variables used in an operation or fragment (not in the fragments it spreads), in document order, with the
    /// types expected where they stand.
    /// </summary>
    /// <param name="definition">The operation or fragment definition.</param>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (_variableUsages.TryGetValue(definition, out var cached))
        {
            return cached;
        }

        if (!UsesVariables(definition))
        {
            _variableUsages[definition] = [];
            return [];
        }

        var usages = new List<VariableUsage>();
        var typeInfo = new TypeInfo(Schema);
        Visitor.Create(
            (node, context) =>
            {
                if (node is VariableDefinitionNode || DocumentWalk.IsDescription(node, context.Parent))
                {
                    return VisitorAction.Skip;
                }

                ValidationStoppedException.EnsureStack();
                typeInfo.Enter(node);
                if (node is VariableNode variable)
                {
                    usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.ParentInputType, typeInfo.HasDefaultValue));
                }

                return VisitorAction.Continue;
            },
            (node, _) =>
            {
                typeInfo.Leave(node);
                return VisitorAction.Continue;
            }).Visit(definition);
        _variableUsages[definition] = usages;
        return usages;
    }

    /// <summary>The variables used in an operation and in every fragment it spreads, directly or not.</summary>
    /// <param name="operation">The operation.</param>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = GetRecursivelyReferencedFragments(operation);
        if (fragments.Count == 0)
        {
            var own = GetVariableUsages(operation);
            _recursiveVariableUsages[operation] = own;
            return own;
        }

        if (!_recursiveVariableUsages.TryGetValue(fragments, out var fragmentUsages))
        {
            SpendFragmentWork(fragments.Count);
            var collected = new List<VariableUsage>();
            foreach (var fragment in fragments)
            {
                var local = GetVariableUsages(fragment);
                SpendFragmentWork(local.Count);
                collected.AddRange(local);
            }

            fragmentUsages = collected;
            _recursiveVariableUsages[fragments] = fragmentUsages;
        }

        SpendFragmentWork(fragmentUsages.Count);
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        usages.AddRange(fragmentUsages);
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    // Whether a variable stands anywhere the usage walk above looks (variable definitions aside): most documents use
    // none, and then the walk with its type information is not needed.
    internal static bool UsesVariables(ExecutableDefinitionNode definition) =>
        AnyVariable(definition.Directives) || definition switch
        {
            OperationDefinitionNode operation => AnyVariable(operation.SelectionSet),
            FragmentDefinitionNode fragment => AnyVariable(fragment.SelectionSet),
            _ => true,
        };

    private static bool AnyVariable(SelectionSetNode selectionSet)
    {
        ValidationStoppedException.EnsureStack();
        foreach (var selection in selectionSet.Selections)
        {
            if (AnyVariable(selection.Directives))
            {
                return true;
            }

            var found = selection switch
            {
                FieldNode field => AnyVariable(field.Arguments) || (field.SelectionSet is { } fields && AnyVariable(fields)),
                InlineFragmentNode inline => AnyVariable(inline.SelectionSet),
                FragmentSpreadNode => false,
                _ => true,
            };
            if (found)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyVariable(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (AnyVariable(directive.Arguments))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyVariable(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments)
        {
            if (AnyVariable(argument.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyVariable(ValueNode value)
    {
        ValidationStoppedException.EnsureStack();
        switch (value)
        {
            case VariableNode:
                return true;
            case ListValueNode list:
                foreach (var item in list.Values)
                {
                    if (AnyVariable(item))
                    {
                        return true;
                    }
                }

                return false;
            case ObjectValueNode obj:
                foreach (var field in obj.Fields)
                {
                    if (AnyVariable(field.Value))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }
}
