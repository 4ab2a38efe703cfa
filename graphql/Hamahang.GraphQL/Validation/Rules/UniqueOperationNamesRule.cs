using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// Operation Name Uniqueness: no two operations of a document share a name.
/// See https://spec.graphql.org/September2025/#sec-Operation-Name-Uniqueness .
/// </summary>
public sealed class UniqueOperationNamesRule : IValidationRule
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
                case OperationDefinitionNode { Name: { } name }:
                    if (_known.TryGetValue(name.Value, out var known))
                    {
                        context.ReportError(ValidationErrors.DuplicateOperationName(name.Value), known, name);
                    }
                    else
                    {
                        _known[name.Value] = name;
                    }

                    return false;
                case OperationDefinitionNode or FragmentDefinitionNode:
                    return false;
                default:
                    return true;
            }
        }
    }
}
