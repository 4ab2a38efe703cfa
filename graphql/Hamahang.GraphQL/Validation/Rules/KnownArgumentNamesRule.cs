using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// Argument Names: every argument given to a field or directive is defined by it.
/// See https://spec.graphql.org/September2025/#sec-Argument-Names .
/// </summary>
public sealed class KnownArgumentNamesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationRuleVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, List<string>> _directiveArguments = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives)
            {
                _directiveArguments[directive.Name] = [.. directive.Arguments.Select(a => a.Name)];
            }

            foreach (var definition in context.Document.Definitions)
            {
                if (definition is DirectiveDefinitionNode directive)
                {
                    _directiveArguments[directive.Name.Value] = [.. directive.Arguments.Select(a => a.Name.Value)];
                }
            }
        }

        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            switch (node)
            {
                case DirectiveNode directive:
                    if (_directiveArguments.TryGetValue(directive.Name.Value, out var known))
                    {
                        foreach (var argument in directive.Arguments)
                        {
                            var name = argument.Name.Value;
                            if (!known.Contains(name))
                            {
                                var suggestion = _context.HideSuggestions ? string.Empty : SuggestionList.DidYouMean(SuggestionList.Suggest(name, known));
                                _context.ReportError(ValidationErrors.UnknownDirectiveArgument(name, directive.Name.Value, suggestion), argument);
                            }
                        }
                    }

                    return false;
                case ArgumentNode argument when _context.TypeInfo.Argument is null && _context.TypeInfo.FieldDefinition is { } field:
                {
                    var name = argument.Name.Value;
                    var suggestion = _context.HideSuggestions
                        ? string.Empty
                        : SuggestionList.DidYouMean(SuggestionList.Suggest(name, field.Arguments.Select(a => a.Name)));
                    _context.ReportError(ValidationErrors.UnknownFieldArgument(name, field.ToString(), suggestion), argument);
                    return true;
                }

                default:
                    return true;
            }
        }
    }
}
