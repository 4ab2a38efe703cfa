using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// All Variables Used: every variable an operation declares is used, in the operation or in a
/// fragment it spreads.
/// See https://spec.graphql.org/September2025/#sec-All-Variables-Used .
/// </summary>
public sealed class NoUnusedVariablesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            if (node is OperationDefinitionNode operation)
            {
                var used = context.GetRecursiveVariableUsages(operation).Select(u => u.Node.Name.Value).ToHashSet(StringComparer.Ordinal);
                foreach (var variable in operation.VariableDefinitions)
                {
                    if (!used.Contains(variable.Variable.Name.Value))
                    {
                        context.ReportError(ValidationErrors.UnusedVariable(variable.Variable.Name.Value, operation.Name?.Value), variable);
                    }
                }
            }

            return true;
        }
    }
}
