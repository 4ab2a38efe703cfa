using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// Defer And Stream Directive Labels Are Unique: a <c>label</c> given to <c>@defer</c> or <c>@stream</c>
/// is a static string, used by one directive of the document only.
/// See https://github.com/graphql/graphql-spec/pull/742 (incremental delivery, not yet in September 2025).
/// </summary>
public sealed class DeferStreamDirectiveLabelRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        private readonly Dictionary<string, DirectiveNode> _known = new(StringComparer.Ordinal);

        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            if (node is not DirectiveNode { Name.Value: "defer" or "stream" } directive)
            {
                return true;
            }

            switch (Directives.Argument(directive, "label")?.Value)
            {
                case null or NullValueNode:
                    break;
                case StringValueNode label:
                    if (_known.TryGetValue(label.Value, out var known))
                    {
                        context.ReportError(ValidationErrors.DuplicateLabel, known, directive);
                    }
                    else
                    {
                        _known[label.Value] = directive;
                    }

                    break;
                default:
                    context.ReportError(ValidationErrors.LabelNotStatic(directive.Name.Value), directive);
                    break;
            }

            return true;
        }
    }
}
