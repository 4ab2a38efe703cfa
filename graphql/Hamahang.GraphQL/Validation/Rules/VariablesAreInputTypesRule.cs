using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// Variables Are Input Types: a variable's type is a scalar, enum or input object type (possibly
/// wrapped in lists and non-null), never an output-only type.
/// See https://spec.graphql.org/September2025/#sec-Variables-Are-Input-Types .
/// </summary>
public sealed class VariablesAreInputTypesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            if (node is VariableDefinitionNode variable
                && TypeInfo.TypeFromAst(context.Schema, variable.Type) is { IsInputType: false })
            {
                context.ReportError(ValidationErrors.NonInputVariable(variable.Variable.Name.Value, Printer.Print(variable.Type)), variable.Type);
            }

            return true;
        }
    }
}
