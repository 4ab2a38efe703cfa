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

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        private readonly ValidationContext _context = context;

        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            switch (node)
            {
                case DirectiveNode directive:
                    if (_context.KnownDirectives.TryGetValue(directive.Name.Value, out var known))
                    {
                        foreach (var argument in directive.Arguments)
                        {
                            var name = argument.Name.Value;
                            if (!known.Arguments.Contains(name))
                            {
                                var suggestion = _context.HideSuggestions
                                    ? string.Empty
                                    : SuggestionList.DidYouMean(SuggestionList.Suggest(name, known.Arguments));
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
