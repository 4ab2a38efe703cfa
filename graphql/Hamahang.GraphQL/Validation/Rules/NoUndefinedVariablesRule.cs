using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Uses Defined: every variable an operation uses, directly or in the fragments it
/// spreads, is declared by that operation.
/// See https://spec.graphql.org/September2025/#sec-All-Variable-Uses-Defined .
/// </summary>
public sealed class NoUndefinedVariablesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            if (node is OperationDefinitionNode operation)
            {
                var usages = context.GetRecursiveVariableUsages(operation);
                var defined = usages.Count == 0 ? null : operation.VariableDefinitions.Select(v => v.Variable.Name.Value).ToHashSet(StringComparer.Ordinal);
                foreach (var usage in usages)
                {
                    if (!defined!.Contains(usage.Node.Name.Value))
                    {
                        context.ReportError(ValidationErrors.UndefinedVariable(usage.Node.Name.Value, operation.Name?.Value), usage.Node, operation);
                    }
                }
            }

            return true;
        }
    }
}
