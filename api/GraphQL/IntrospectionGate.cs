using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Language;

namespace Hamahang.Api.GraphQL;

/// <summary>
/// Turns introspection off (Production, unless <c>GraphQL:Introspection</c> is true): a document that
/// selects <c>__schema</c> or <c>__type</c> fails validation with HotChocolate's code <c>HC0046</c>.
/// <c>__typename</c> stays allowed. Validation results are cached per document, so this walks each once.
/// </summary>
public static class IntrospectionGate
{
    public const string Code = ErrorCodes.IntrospectionNotAllowed;

    public static ValidationStage Wrap(ValidationStage rules) => (schema, document) =>
    {
        var errors = rules(schema, document);
        var introspection = new List<SyntaxNode>();
        Visitor.Create(enter: (node, _) =>
        {
            if (node is FieldNode { Name.Value: "__schema" or "__type" })
            {
                introspection.Add(node);
            }

            return VisitorAction.Continue;
        }).Visit(document);
        return introspection.Count == 0
            ? errors
            : [.. errors, new GraphQLError("Introspection is not allowed on this server.", nodes: introspection, extensions: new Dictionary<string,
                object?> { ["code"] = Code })];
    };
}
