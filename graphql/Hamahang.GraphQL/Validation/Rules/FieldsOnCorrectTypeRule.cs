using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// Field Selections: a field selected on an object, interface or union type must be defined on it
/// (unions define only <c>__typename</c>); the error suggests types to spread on, or similar fields.
/// See https://spec.graphql.org/September2025/#sec-Field-Selections .
/// </summary>
public sealed class FieldsOnCorrectTypeRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            if (node is FieldNode field && context.TypeInfo.ParentType is { } type && context.TypeInfo.FieldDefinition is null)
            {
                var fieldName = field.Name.Value;
                var suggestion = string.Empty;
                if (!context.HideSuggestions)
                {
                    suggestion = SuggestionList.DidYouMean(SuggestedTypeNames(context.Schema, type, fieldName), "to use an inline fragment on");
                    if (suggestion.Length == 0 && type is ComplexType complex)
                    {
                        suggestion = SuggestionList.DidYouMean(SuggestionList.Suggest(fieldName, complex.Fields.Select(f => f.Name)));
                    }
                }

                context.ReportError(ValidationErrors.UnknownField(fieldName, type.Name, suggestion), field);
            }

            return true;
        }

        // Types that define the field, the most used first, super types before their subtypes.
        private static List<string> SuggestedTypeNames(Schema schema, GraphQLNamedType type, string fieldName)
        {
            if (type is not (InterfaceType or UnionType))
            {
                return [];
            }

            var suggested = new List<ComplexType>();
            var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var possibleType in schema.GetPossibleTypes(type))
            {
                if (possibleType.GetField(fieldName) is null)
                {
                    continue;
                }

                if (!suggested.Contains(possibleType))
                {
                    suggested.Add(possibleType);
                }

                usageCount[possibleType.Name] = 1;
                foreach (var possibleInterface in possibleType.Interfaces)
                {
                    if (possibleInterface.GetField(fieldName) is null)
                    {
                        continue;
                    }

                    if (!suggested.Contains(possibleInterface))
                    {
                        suggested.Add(possibleInterface);
                    }

                    usageCount[possibleInterface.Name] = usageCount.GetValueOrDefault(possibleInterface.Name) + 1;
                }
            }

            var comparer = Comparer<ComplexType>.Create((a, b) =>
            {
                var diff = usageCount[b.Name] - usageCount[a.Name];
                if (diff != 0)
                {
                    return diff;
                }

                if (a is InterfaceType && schema.IsSubType(a, b))
                {
                    return -1;
                }

                if (b is InterfaceType && schema.IsSubType(b, a))
                {
                    return 1;
                }

                return SuggestionList.NaturalCompare(a.Name, b.Name);
            });
            return [.. suggested.Order(comparer).Select(t => t.Name)];
        }
    }
}
