using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

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

    /// <summary>Whether some object type belongs to both types (graphql-js <c>doTypesOverlap</c>).</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="typeA">One composite type.</param>
    /// <param name="typeB">The other composite type.</param>
    public static bool DoTypesOverlap(Schema schema, GraphQLNamedType typeA, GraphQLNamedType typeB)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA.IsAbstractType)
        {
            return typeB.IsAbstractType
                ? schema.GetPossibleTypes(typeA).Any(type => schema.IsSubType(typeB, type))
                : schema.IsSubType(typeA, typeB);
        }

        return typeB.IsAbstractType && schema.IsSubType(typeB, typeA);
    }

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            switch (node)
            {
                case InlineFragmentNode inline:
                    if (context.TypeInfo.Type is GraphQLNamedType fragmentType && TypeInfo.IsComposite(fragmentType)
                        && context.TypeInfo.ParentType is { } parentType && TypeInfo.IsComposite(parentType)
                        && !DoTypesOverlap(context.Schema, fragmentType, parentType))
                    {
                        context.ReportError(ValidationErrors.ImpossibleInlineFragment(parentType.Name, fragmentType.Name), inline);
                    }

                    break;
                case FragmentSpreadNode spread:
                    if (context.GetFragment(spread.Name.Value) is { } fragment
                        && context.Schema.GetType(fragment.TypeCondition.Name.Value) is { } spreadType && TypeInfo.IsComposite(spreadType)
                        && context.TypeInfo.ParentType is { } parent
                        && !DoTypesOverlap(context.Schema, spreadType, parent))
                    {
                        context.ReportError(ValidationErrors.ImpossibleFragmentSpread(spread.Name.Value, parent.Name, spreadType.Name), spread);
                    }

                    break;
            }

            return true;
        }
    }
}
