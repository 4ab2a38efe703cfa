using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// Required Arguments: a field or directive is given every argument whose type is non-null and that
/// has no default value. Checked when the node is left, so errors inside it come first.
/// See https://spec.graphql.org/September2025/#sec-Required-Arguments .
/// </summary>
public sealed class ProvidedRequiredArgumentsRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        private readonly ValidationContext _context = context;

        public override void Leave(SyntaxNode node, VisitorContext ancestors)
        {
            switch (node)
            {
                case FieldNode field when _context.TypeInfo.FieldDefinition is { Arguments.Count: > 0 } fieldDef:
                    foreach (var argument in fieldDef.Arguments)
                    {
                        if (argument.IsRequired && !Provided(field.Arguments, argument.Name))
                        {
                            _context.ReportError(ValidationErrors.MissingFieldArgument(argument.ToString(), argument.Type.ToString()), field);
                        }
                    }

                    break;
                case DirectiveNode directive when _context.KnownDirectives.TryGetValue(directive.Name.Value, out var known):
                    foreach (var (name, type) in known.RequiredArguments)
                    {
                        if (!Provided(directive.Arguments, name))
                        {
                            _context.ReportError(ValidationErrors.MissingDirectiveArgument(directive.Name.Value, name, type), directive);
                        }
                    }

                    break;
            }
        }

        private static bool Provided(IReadOnlyList<ArgumentNode> arguments, string name)
        {
            foreach (var argument in arguments)
            {
                if (argument.Name.Value == name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
