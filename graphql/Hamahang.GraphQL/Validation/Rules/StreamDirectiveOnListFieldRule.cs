using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// Stream Directives Are Used On List Fields: <c>@stream</c> is used only on fields of a list type.
/// See https://github.com/graphql/graphql-spec/pull/742 (incremental delivery, not yet in September 2025).
/// </summary>
public sealed class StreamDirectiveOnListFieldRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            if (node is DirectiveNode { Name.Value: "stream" } directive
                && context.TypeInfo.FieldDefinition is { } field
                && context.TypeInfo.ParentType is { } parentType
                && field.Type.Nullable is not ListType)
            {
                context.ReportError(ValidationErrors.StreamOnNonList(parentType.Name, field.Name), directive);
            }

            return true;
        }
    }
}
