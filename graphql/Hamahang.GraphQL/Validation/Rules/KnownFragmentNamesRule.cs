using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Target Defined: a fragment spread names a fragment defined in the document.
/// See https://spec.graphql.org/September2025/#sec-Fragment-Spread-Target-Defined .
/// </summary>
public sealed class KnownFragmentNamesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            if (node is FragmentSpreadNode spread && context.GetFragment(spread.Name.Value) is null)
            {
                context.ReportError(ValidationErrors.UnknownFragment(spread.Name.Value), spread.Name);
            }

            return true;
        }
    }
}
