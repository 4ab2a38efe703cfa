using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// "CollectFields" for the data conventions: the fields of selection sets that apply to a type, grouped by
/// response name in document order, expanding inline and named fragments whose type condition the type
/// meets and honouring <c>@skip</c>/<c>@include</c>. See https://spec.graphql.org/September2025/#sec-Field-Collection.
/// </summary>
public static class SelectionCollector
{
    /// <summary>The selection of the field <paramref name="context"/> resolves.</summary>
    /// <param name="context">The resolver context.</param>
    public static SelectedField Current(IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new SelectedField(context.Field, context.ResponseName, [.. context.FieldSelections], SelectionScope.Of(context));
    }

    internal static List<SelectedField> Collect(ComplexType type, IEnumerable<SelectionSetNode> selectionSets, SelectionScope scope)
    {
        var fields = new List<SelectedField>();
        var byName = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var selectionSet in selectionSets)
        {
            Visit(type, selectionSet, scope, fields, byName, visited);
        }

        return fields;
    }

    private static void Visit(ComplexType type, SelectionSetNode selectionSet, SelectionScope scope, List<SelectedField> fields, Dictionary<string, List<FieldNode>> byName, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!Included(selection.Directives, scope))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var responseName = field.Alias?.Value ?? field.Name.Value;

                    // Keyed by response name and field: the same in one valid selection set, but selections merged
                    // from several aliases of one parent (a: node { x: status } b: node { x: markdown }) may reuse a name.
                    var key = responseName + "\u0000" + field.Name.Value;
                    if (byName.TryGetValue(key, out var nodes))
                    {
                        nodes.Add(field);
                    }
                    else if (type.GetField(field.Name.Value) is { } definition)
                    {
                        nodes = [field];
                        byName[key] = nodes;
                        fields.Add(new SelectedField(definition, responseName, nodes, scope));
                    }

                    break;
                case InlineFragmentNode inline when Applies(type, inline.TypeCondition?.Name.Value):
                    Visit(type, inline.SelectionSet, scope, fields, byName, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value)
                    && scope.Fragments.TryGetValue(spread.Name.Value, out var fragment) && Applies(type, fragment.TypeCondition.Name.Value):
                    Visit(type, fragment.SelectionSet, scope, fields, byName, visited);
                    break;
            }
        }
    }

    private static bool Applies(ComplexType type, string? condition) =>
        condition is null || condition == type.Name || type.Interfaces.Any(i => i.Name == condition);

    private static bool Included(IReadOnlyList<DirectiveNode> directives, SelectionScope scope)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value is "skip" or "include")
            {
                var argument = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if");
                var value = argument?.Value switch
                {
                    BooleanValueNode boolean => boolean.Value,
                    VariableNode variable => scope.Variables.GetValueOrDefault(variable.Name.Value) is true,
                    _ => false,
                };
                if (value == (directive.Name.Value == "skip"))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
