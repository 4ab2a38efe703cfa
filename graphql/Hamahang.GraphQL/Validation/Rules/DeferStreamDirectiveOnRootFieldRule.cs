using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// Defer And Stream Directives Are Used On Valid Root Field: <c>@defer</c> and <c>@stream</c> are not
/// used on the root selection of a mutation or subscription (their results must come at once).
/// See https://github.com/graphql/graphql-spec/pull/742 (incremental delivery, not yet in September 2025).
/// </summary>
public sealed class DeferStreamDirectiveOnRootFieldRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        private readonly HashSet<string> _checkedFragments = new(StringComparer.Ordinal);

        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            if (node is OperationDefinitionNode { Operation: OperationType.Mutation or OperationType.Subscription } operation
                && TypeInfo.RootType(context.Schema, operation.Operation) is { } rootType)
            {
                var visited = new HashSet<string>(StringComparer.Ordinal);
                var operationType = operation.Operation.ToString().ToLowerInvariant();
                if (Forbid(operationType, rootType, operation.SelectionSet, visited))
                {
                    _checkedFragments.UnionWith(visited);
                }
            }

            return true;
        }

        private bool Forbid(string operationType, GraphQLNamedType rootType, SelectionSetNode selectionSet, HashSet<string> visited)
        {
            ValidationStoppedException.EnsureStack();
            var valid = true;
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field when Directives.Find(field.Directives, "stream") is { } stream:
                        valid = false;
                        context.ReportError(ValidationErrors.StreamOnRoot(operationType, rootType.Name), stream);
                        break;
                    case FragmentSpreadNode spread:
                        if (!visited.Add(spread.Name.Value) || context.GetFragment(spread.Name.Value) is not { } fragment)
                        {
                            break;
                        }

                        if (Directives.Find(spread.Directives, "defer") is { } deferSpread)
                        {
                            valid = false;
                            context.ReportError(ValidationErrors.DeferOnRoot(operationType, rootType.Name), deferSpread);
                        }

                        if (!_checkedFragments.Contains(spread.Name.Value))
                        {
                            valid = Forbid(operationType, rootType, fragment.SelectionSet, visited) && valid;
                        }

                        break;
                    case InlineFragmentNode inline:
                        if (Directives.Find(inline.Directives, "defer") is { } deferInline)
                        {
                            valid = false;
                            context.ReportError(ValidationErrors.DeferOnRoot(operationType, rootType.Name), deferInline);
                        }

                        valid = Forbid(operationType, rootType, inline.SelectionSet, visited) && valid;
                        break;
                }
            }

            return valid;
        }
    }
}
