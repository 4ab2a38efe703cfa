using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// Executable Definitions: a document sent for execution holds only operations and fragments;
/// each type system definition or extension in it is reported.
/// See https://spec.graphql.org/September2025/#sec-Executable-Definitions .
/// </summary>
public sealed class ExecutableDefinitionsRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            if (node is not DocumentNode document)
            {
                return true;
            }

            foreach (var definition in document.Definitions)
            {
                if (definition is not ExecutableDefinitionNode)
                {
                    context.ReportError(ValidationErrors.NotExecutable(NameOf(definition)), definition);
                }
            }

            return false;
        }

        private static string? NameOf(DefinitionNode definition) => definition switch
        {
            TypeDefinitionNode type => type.Name.Value,
            DirectiveDefinitionNode directive => directive.Name.Value,
            TypeExtensionNode type => type.Name.Value,
            DirectiveExtensionNode directive => directive.Name.Value,
            _ => null,
        };
    }
}
