using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// Variable Uniqueness: an operation declares each variable name once.
/// See https://spec.graphql.org/September2025/#sec-Variable-Uniqueness .
/// </summary>
public sealed class UniqueVariableNamesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            if (node is OperationDefinitionNode operation)
            {
                foreach (var group in operation.VariableDefinitions.GroupBy(v => v.Variable.Name.Value, StringComparer.Ordinal))
                {
                    if (group.Count() > 1)
                    {
                        context.ReportError(ValidationErrors.DuplicateVariable(group.Key), [.. group.Select(v => v.Variable.Name)]);
                    }
                }
            }

            return true;
        }
    }
}
