using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation.Limits;

/// <summary>
/// The limits as a validation rule, for running them in the same walk as the specification's rules
/// (<c>DocumentValidator.Validate(schema, document, [.. SpecifiedRules.All, new RequestLimitsRule(limits)])</c>).
/// Validation knows neither the operation name nor the variables, so the rule checks every operation of
/// the document and counts variables by their default values; the request pipeline, which knows both,
/// calls <see cref="RequestLimitsAnalyzer.Analyze"/> instead.
/// </summary>
/// <param name="limits">The limits; <see cref="RequestLimits.Default"/> when null.</param>
public sealed class RequestLimitsRule(RequestLimits? limits = null) : IValidationRule
{
    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new Visitor(context, limits ?? RequestLimits.Default);
    }

    private sealed class Visitor(ValidationContext context, RequestLimits limits) : ValidationRuleVisitor
    {
        public override bool Enter(SyntaxNode node, VisitorContext visitorContext)
        {
            if (node is not DocumentNode document)
            {
                return false;
            }

            foreach (var error in RequestLimitsAnalyzer.Analyze(context.Schema, document, limits: limits).Errors)
            {
                context.ReportError(error);
            }

            return false;
        }
    }
}
