using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// Lone Anonymous Operation: an operation without a name must be the document's only operation.
/// See https://spec.graphql.org/September2025/#sec-Lone-Anonymous-Operation .
/// </summary>
public sealed class LoneAnonymousOperationRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        private int _operationCount;

        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            switch (node)
            {
                case DocumentNode document:
                    _operationCount = document.Definitions.Count(d => d is OperationDefinitionNode);
                    break;
                case OperationDefinitionNode { Name: null } operation when _operationCount > 1:
                    context.ReportError(ValidationErrors.AnonymousOperationNotAlone, operation);
                    break;
            }

            return true;
        }
    }
}
