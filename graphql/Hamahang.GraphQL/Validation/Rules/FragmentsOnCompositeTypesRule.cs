using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// Fragments On Composite Types: a fragment's type condition names an object, interface or union
/// type, never a scalar, enum or input type.
/// See https://spec.graphql.org/September2025/#sec-Fragments-On-Composite-Types .
/// </summary>
public sealed class FragmentsOnCompositeTypesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            switch (node)
            {
                case InlineFragmentNode { TypeCondition: { } condition } when IsNonComposite(condition):
                    context.ReportError(ValidationErrors.InlineFragmentOnNonComposite(condition.Name.Value), condition);
                    break;
                case FragmentDefinitionNode fragment when IsNonComposite(fragment.TypeCondition):
                    context.ReportError(
                        ValidationErrors.FragmentOnNonComposite(fragment.Name.Value, fragment.TypeCondition.Name.Value),
                        fragment.TypeCondition);
                    break;
            }

            return true;
        }

        private bool IsNonComposite(NamedTypeNode condition) =>
            context.Schema.GetType(condition.Name.Value) is { } type && !TypeInfo.IsComposite(type);
    }
}
