using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// Argument Uniqueness: a field or directive is given each argument once.
/// See https://spec.graphql.org/September2025/#sec-Argument-Uniqueness .
/// </summary>
public sealed class UniqueArgumentNamesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            var arguments = node switch
            {
                FieldNode field => field.Arguments,
                DirectiveNode directive => directive.Arguments,
                _ => null,
            };
            if (arguments is { Count: > 1 })
            {
                foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
                {
                    if (group.Count() > 1)
                    {
                        context.ReportError(ValidationErrors.DuplicateArgument(group.Key), [.. group.Select(a => a.Name)]);
                    }
                }
            }

            return true;
        }
    }
}
