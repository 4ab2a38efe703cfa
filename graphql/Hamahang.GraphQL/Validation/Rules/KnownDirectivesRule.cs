using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are Defined, and Directives Are In Valid Locations: a directive used in a document is
/// defined by the schema (or the document), and is used only where its definition allows.
/// See https://spec.graphql.org/September2025/#sec-Directives-Are-In-Valid-Locations .
/// </summary>
public sealed class KnownDirectivesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            if (node is not DirectiveNode directive)
            {
                return true;
            }

            var name = directive.Name.Value;
            if (!context.KnownDirectives.TryGetValue(name, out var known))
            {
                context.ReportError(ValidationErrors.UnknownDirective(name), directive);
                return true;
            }

            if (LocationOf(ancestors.Ancestors) is { } location && !known.Locations.Contains(location))
            {
                context.ReportError(ValidationErrors.MisplacedDirective(name, location), directive);
            }

            return true;
        }

        private static string? LocationOf(IReadOnlyList<SyntaxNode> ancestors) => ancestors[^1] switch
        {
            OperationDefinitionNode operation => operation.Operation.ToString().ToUpperInvariant(),
            FieldNode => "FIELD",
            FragmentSpreadNode => "FRAGMENT_SPREAD",
            InlineFragmentNode => "INLINE_FRAGMENT",
            FragmentDefinitionNode => "FRAGMENT_DEFINITION",
            VariableDefinitionNode => ancestors[^2] is OperationDefinitionNode ? "VARIABLE_DEFINITION" : "FRAGMENT_VARIABLE_DEFINITION",
            SchemaDefinitionNode or SchemaExtensionNode => "SCHEMA",
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "SCALAR",
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "OBJECT",
            FieldDefinitionNode => "FIELD_DEFINITION",
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "INTERFACE",
            UnionTypeDefinitionNode or UnionTypeExtensionNode => "UNION",
            EnumTypeDefinitionNode or EnumTypeExtensionNode => "ENUM",
            EnumValueDefinitionNode => "ENUM_VALUE",
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => "INPUT_OBJECT",
            InputValueDefinitionNode => ancestors[^2] is InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode
                ? "INPUT_FIELD_DEFINITION"
                : "ARGUMENT_DEFINITION",
            DirectiveDefinitionNode or DirectiveExtensionNode => "DIRECTIVE_DEFINITION",
            _ => null,
        };
    }
}
