using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Name Uniqueness: no two fragments of a document share a name.
/// See https://spec.graphql.org/September2025/#sec-Fragment-Name-Uniqueness .
/// </summary>
public sealed class UniqueFragmentNamesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            switch (node)
            {
                case OperationDefinitionNode:
                    return false;
                case FragmentDefinitionNode fragment:
                    if (_known.TryGetValue(fragment.Name.Value, out var known))
                    {
                        context.ReportError(ValidationErrors.DuplicateFragmentName(fragment.Name.Value), known, fragment.Name);
                    }
                    else
                    {
                        _known[fragment.Name.Value] = fragment.Name;
                    }

                    return false;
                default:
                    return true;
            }
        }
    }
}
