using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// Introspection depth: an introspection query nests the list fields <c>fields</c>, <c>interfaces</c>,
/// <c>possibleTypes</c> and <c>inputFields</c> fewer than three deep (following fragments), so it
/// cannot ask for an answer that grows exponentially. Recommended by graphql-js, on by default.
/// See https://spec.graphql.org/September2025/#sec-Introspection .
/// </summary>
public sealed class MaxIntrospectionDepthRule : IValidationRule
{
    private const int MaxListsDepth = 3;

    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        // Per fragment: the greatest entry depth at which its check finished under the limit,
        // and the smallest at which it reached the limit; shared across root checks.
        private readonly Dictionary<string, int> _checked = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _exceeded = new(StringComparer.Ordinal);

        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            if (node is FieldNode { Name.Value: "__schema" or "__type" } field
                && CheckDepth(field, new Dictionary<string, int>(StringComparer.Ordinal), 0))
            {
                context.ReportError(ValidationErrors.IntrospectionTooDeep, field);
                return false;
            }

            return true;
        }

        private bool CheckDepth(SelectionNode node, Dictionary<string, int> visited, int depth)
        {
            ValidationStoppedException.EnsureStack();
            if (node is FragmentSpreadNode spread)
            {
                var name = spread.Name.Value;
                if (_exceeded.TryGetValue(name, out var exceededDepth) && exceededDepth <= depth)
                {
                    return true;
                }

                if ((visited.TryGetValue(name, out var visitedDepth) && visitedDepth >= depth)
                    || (_checked.TryGetValue(name, out var checkedDepth) && checkedDepth >= depth))
                {
                    return false;
                }

                if (context.GetFragment(name) is not { } fragment)
                {
                    return false;
                }

                visited[name] = depth;
                if (CheckSelections(fragment.SelectionSet, visited, depth))
                {
                    _exceeded[name] = depth;
                    return true;
                }

                _checked[name] = depth;
                return false;
            }

            if (node is FieldNode { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" })
            {
                depth++;
                if (depth >= MaxListsDepth)
                {
                    return true;
                }
            }

            var selectionSet = node switch
            {
                FieldNode field => field.SelectionSet,
                InlineFragmentNode inline => inline.SelectionSet,
                _ => null,
            };
            return selectionSet is not null && CheckSelections(selectionSet, visited, depth);
        }

        private bool CheckSelections(SelectionSetNode selectionSet, Dictionary<string, int> visited, int depth)
        {
            foreach (var child in selectionSet.Selections)
            {
                if (CheckDepth(child, visited, depth))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
