using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// Leaf Field Selections: a field of a scalar or enum type has no selection set, and a field of an
/// object, interface or union type has one.
/// See https://spec.graphql.org/September2025/#sec-Leaf-Field-Selections .
/// </summary>
public sealed class ScalarLeafsRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            if (node is FieldNode field && context.TypeInfo.Type is { } type)
            {
                if (type.NamedType.IsLeafType)
                {
                    if (field.SelectionSet is { } selectionSet)
                    {
                        context.ReportError(ValidationErrors.SelectionOnLeaf(field.Name.Value, type.ToString()), selectionSet);
                    }
                }
                else if (field.SelectionSet is null)
                {
                    context.ReportError(ValidationErrors.MissingSelection(field.Name.Value, type.ToString()), field);
                }
            }

            return true;
        }
    }
}
