using Hamahang.GraphQL.Introspection;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Type Existence (and every other type reference): a type named in a document must
/// exist in the schema, or be defined in the document itself.
/// See https://spec.graphql.org/September2025/#sec-Fragment-Spread-Type-Existence .
/// </summary>
public sealed class KnownTypeNamesRule : IValidationRule
{
    private static readonly HashSet<string> StandardTypeNames =
        ["String", "Int", "Float", "Boolean", "ID", .. IntrospectionTypes.All.Select(t => t.Name)];

    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        private HashSet<string>? _definedTypeNames;
        private List<string>? _typeNames;

        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            if (node is not NamedTypeNode namedType)
            {
                return true;
            }

            var typeName = namedType.Name.Value;
            _definedTypeNames ??= [.. context.Document.Definitions.OfType<TypeDefinitionNode>().Select(d => d.Name.Value)];
            if (context.Schema.GetType(typeName) is not null || _definedTypeNames.Contains(typeName))
            {
                return true;
            }

            var definition = ancestors.Ancestors.Count >= 2 ? ancestors.Ancestors[1] : ancestors.Parent;
            var isSdl = definition is TypeSystemDefinitionNode or TypeSystemExtensionNode;
            if (isSdl && StandardTypeNames.Contains(typeName))
            {
                return true;
            }

            var suggestion = string.Empty;
            if (!context.HideSuggestions)
            {
                _typeNames ??= [.. context.Schema.Types.Select(t => t.Name).Concat(_definedTypeNames).Distinct()];
                suggestion = SuggestionList.DidYouMean(SuggestionList.Suggest(typeName, isSdl ? StandardTypeNames.Concat(_typeNames) : _typeNames));
            }

            context.ReportError(ValidationErrors.UnknownType(typeName, suggestion), namedType);
            return true;
        }
    }
}
