using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// Operation Type Existence: an operation's type (query, mutation or subscription) must have a root
/// type in the schema.
/// See https://spec.graphql.org/September2025/#sec-Operation-Type-Existence .
/// </summary>
public sealed class KnownOperationTypesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            if (node is OperationDefinitionNode operation && TypeInfo.RootType(context.Schema, operation.Operation) is null)
            {
                context.ReportError(ValidationErrors.UnsupportedOperation(operation.Operation.ToString().ToLowerInvariant()), operation);
            }

            return true;
        }
    }
}
