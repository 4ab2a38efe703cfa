using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are Unique Per Location: a directive that is not repeatable is used at most once at
/// each location (for type system definitions, once across a type and its extensions).
/// See https://spec.graphql.org/September2025/#sec-Directives-Are-Unique-Per-Location .
/// </summary>
public sealed class UniqueDirectivesPerLocationRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    /// <summary>The directives a node carries, or null for a node that cannot have any.</summary>
    /// <param name="node">The node.</param>
    public static IReadOnlyList<DirectiveNode>? DirectivesOf(SyntaxNode node) => node switch
    {
        ExecutableDefinitionNode n => n.Directives,
        SelectionNode n => n.Directives,
        VariableDefinitionNode n => n.Directives,
        TypeSystemDefinitionNode n => n.Directives,
        TypeSystemExtensionNode n => n.Directives,
        FieldDefinitionNode n => n.Directives,
        InputValueDefinitionNode n => n.Directives,
        EnumValueDefinitionNode n => n.Directives,
        _ => null,
    };

    // The maps across a type system document's definitions and extensions are made when first needed.
    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        private Dictionary<string, DirectiveNode>? _schemaDirectives;
        private Dictionary<string, Dictionary<string, DirectiveNode>>? _typeDirectives;
        private Dictionary<string, Dictionary<string, DirectiveNode>>? _directiveDirectives;

        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            if (DirectivesOf(node) is not { Count: > 0 } directives)
            {
                return true;
            }

            var seen = node switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => _schemaDirectives ??= new(StringComparer.Ordinal),
                TypeDefinitionNode type => SeenFor(ref _typeDirectives, type.Name.Value),
                TypeExtensionNode type => SeenFor(ref _typeDirectives, type.Name.Value),
                DirectiveDefinitionNode directive => SeenFor(ref _directiveDirectives, directive.Name.Value),
                DirectiveExtensionNode directive => SeenFor(ref _directiveDirectives, directive.Name.Value),
                _ => new Dictionary<string, DirectiveNode>(StringComparer.Ordinal),
            };
            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                if (context.KnownDirectives.TryGetValue(name, out var known) && !known.Repeatable)
                {
                    if (seen.TryGetValue(name, out var previous))
                    {
                        context.ReportError(ValidationErrors.DuplicateDirective(name), previous, directive);
                    }
                    else
                    {
                        seen[name] = directive;
                    }
                }
            }

            return true;
        }

        private static Dictionary<string, DirectiveNode> SeenFor(ref Dictionary<string, Dictionary<string, DirectiveNode>>? byName, string name)
        {
            byName ??= new(StringComparer.Ordinal);
            if (!byName.TryGetValue(name, out var seen))
            {
                seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                byName[name] = seen;
            }

            return seen;
        }
    }
}
