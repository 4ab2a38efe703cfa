using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Is Possible: a fragment is spread only where some object type could satisfy both
/// its type condition and the type it is spread into.
/// See https://spec.graphql.org/September2025/#sec-Fragment-Spread-Is-Possible .
/// </summary>
public sealed class PossibleFragmentSpreadsRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            switch (node)
            {
                case InlineFragmentNode inline:
                    if (context.TypeInfo.Type is GraphQLNamedType fragmentType && TypeInfo.IsComposite(fragmentType)
                        && context.TypeInfo.ParentType is { } parentType && TypeInfo.IsComposite(parentType)
                        && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
                    {
                        context.ReportError(ValidationErrors.ImpossibleInlineFragment(parentType.Name, fragmentType.Name), inline);
                    }

                    break;
                case FragmentSpreadNode spread:
                    if (context.GetFragment(spread.Name.Value) is { } fragment
                        && context.Schema.GetType(fragment.TypeCondition.Name.Value) is { } spreadType && TypeInfo.IsComposite(spreadType)
                        && context.TypeInfo.ParentType is { } parent
                        && !TypeComparators.DoTypesOverlap(context.Schema, spreadType, parent))
                    {
                        context.ReportError(ValidationErrors.ImpossibleFragmentSpread(spread.Name.Value, parent.Name, spreadType.Name), spread);
                    }

                    break;
            }

            return true;
        }
    }
}
