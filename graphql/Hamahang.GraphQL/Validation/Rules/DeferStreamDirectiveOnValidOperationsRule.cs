using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// Defer And Stream Directives Are Used On Valid Operations: in a subscription, <c>@defer</c> and
/// <c>@stream</c> are allowed only where they can be turned off (<c>if: false</c> or a variable), or
/// on a selection that <c>@skip</c>/<c>@include</c> may leave out.
/// See https://github.com/graphql/graphql-spec/pull/742 (incremental delivery, not yet in September 2025).
/// </summary>
public sealed class DeferStreamDirectiveOnValidOperationsRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        private readonly HashSet<string> _checkedFragments = new(StringComparer.Ordinal);

        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            if (node is OperationDefinitionNode { Operation: OperationType.Subscription } operation)
            {
                var visited = new HashSet<string>(StringComparer.Ordinal);
                if (Forbid(operation.SelectionSet, [], visited))
                {
                    _checkedFragments.UnionWith(visited);
                }
            }

            return true;
        }

        private bool Forbid(SelectionSetNode selectionSet, List<FragmentSpreadNode> parents, HashSet<string> visited)
        {
            ValidationStoppedException.EnsureStack();
            var valid = true;
            foreach (var selection in selectionSet.Selections)
            {
                if (Directives.Find(selection.Directives, "skip") is { } skip && CanBeSkipped(skip, whenValue: true, whenMissing: true))
                {
                    continue;
                }

                if (Directives.Find(selection.Directives, "include") is { } include && CanBeSkipped(include, whenValue: false, whenMissing: false))
                {
                    continue;
                }

                foreach (var directive in selection.Directives)
                {
                    var message = directive.Name.Value switch
                    {
                        "defer" => ValidationErrors.DeferOnSubscription,
                        "stream" => ValidationErrors.StreamOnSubscription,
                        _ => null,
                    };
                    if (message is not null && !IfCanBeFalse(directive))
                    {
                        valid = false;
                        var nodes = new List<SyntaxNode> { directive };
                        for (var i = parents.Count - 1; i >= 0; i--)
                        {
                            nodes.Add(parents[i]);
                        }

                        context.ReportError(message, [.. nodes]);
                    }
                }

                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        if (_checkedFragments.Contains(spread.Name.Value) || !visited.Add(spread.Name.Value))
                        {
                            continue;
                        }

                        if (context.GetFragment(spread.Name.Value) is { } fragment)
                        {
                            parents.Add(spread);
                            valid = Forbid(fragment.SelectionSet, parents, visited) && valid;
                            parents.RemoveAt(parents.Count - 1);
                        }

                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        valid = Forbid(fieldSet, parents, visited) && valid;
                        break;
                    case InlineFragmentNode inline:
                        valid = Forbid(inline.SelectionSet, parents, visited) && valid;
                        break;
                }
            }

            return valid;
        }

        // @defer(if: false) or @defer(if: $variable).
        private static bool IfCanBeFalse(DirectiveNode directive) =>
            Directives.Argument(directive, "if")?.Value switch
            {
                null => false,
                BooleanValueNode boolean => !boolean.Value,
                VariableNode => true,
                _ => false,
            };

        // @skip(if: true) or @include(if: false), or a variable; a missing "if" is reported elsewhere.
        private static bool CanBeSkipped(DirectiveNode directive, bool whenValue, bool whenMissing) =>
            Directives.Argument(directive, "if")?.Value switch
            {
                null => whenMissing,
                BooleanValueNode boolean => boolean.Value == whenValue,
                _ => true,
            };
    }
}
