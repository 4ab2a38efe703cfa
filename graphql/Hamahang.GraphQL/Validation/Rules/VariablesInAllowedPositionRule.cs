using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Usages Are Allowed: a variable is used only where its type fits the type expected
/// (a nullable variable fits a non-null position only when either has a default value), and a
/// field of a <c>@oneOf</c> input object takes only a non-null variable.
/// See https://spec.graphql.org/September2025/#sec-All-Variable-Usages-Are-Allowed .
/// </summary>
public sealed class VariablesInAllowedPositionRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        private Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            if (node is OperationDefinitionNode operation)
            {
                _definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
                foreach (var definition in operation.VariableDefinitions)
                {
                    _definitions[definition.Variable.Name.Value] = definition;
                }
            }

            return true;
        }

        public override void Leave(SyntaxNode node, VisitorContext ancestors)
        {
            if (node is not OperationDefinitionNode operation)
            {
                return;
            }

            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (!_definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType)
                {
                    continue;
                }

                var variableType = TypeInfo.TypeFromAst(context.Schema, definition.Type);
                if (variableType is not null && !Allowed(variableType, definition.DefaultValue, locationType, usage.HasDefaultValue))
                {
                    context.ReportError(ValidationErrors.BadVariablePosition(name, variableType.ToString(), locationType.ToString()), definition, usage.Node);
                }

                if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
                {
                    context.ReportError(
                        ValidationErrors.NullableVariableInOneOf(name, variableType?.ToString() ?? "undefined", oneOf.Name),
                        definition,
                        usage.Node);
                }
            }
        }

        private bool Allowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool locationHasDefault)
        {
            if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
            {
                var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
                return (hasNonNullVariableDefault || locationHasDefault)
                    && TypeComparators.IsTypeSubTypeOf(context.Schema, variableType, nonNullLocation.OfType);
            }

            return TypeComparators.IsTypeSubTypeOf(context.Schema, variableType, locationType);
        }
    }
}
