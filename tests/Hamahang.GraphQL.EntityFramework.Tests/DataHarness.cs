using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.GraphQL.EntityFramework.Tests;

/// <summary>
/// Resolves the one root field of a query document through its data conventions, as an executor would
/// call its resolver: arguments coerced from the document, the field's selection, services from a request scope.
/// </summary>
public static class DataHarness
{
    public static async Task<object?> Resolve(TestDatabase database, string document, Dictionary<string, object?>? variables = null)
    {
        var schema = TestSchema.Schema;
        var parsed = Parser.Parse(document);
        var operation = parsed.Definitions.OfType<OperationDefinitionNode>().Single();
        var node = (FieldNode)operation.SelectionSet.Selections[0];
        var field = schema.QueryType!.GetField(node.Name.Value)!;
        variables ??= [];
        var arguments = new Dictionary<string, object?>();
        foreach (var argument in field.Arguments)
        {
            var given = node.Arguments.FirstOrDefault(a => a.Name.Value == argument.Name);
            if (given is not null)
            {
                Assert.True(InputLiterals.TryCoerce(given.Value, argument.Type, out var value, variables), $"{argument.Name} does not coerce");
                arguments[argument.Name] = value;
            }
        }

        using var scope = database.Services.CreateScope();
        var context = new HarnessContext(schema, field, node, arguments, scope.ServiceProvider);
        context.ContextData[SelectionScope.ContextKey] = new SelectionScope(
            parsed.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value),
            variables);
        return await field.Resolver!(context);
    }

    private sealed class HarnessContext(
        Schema schema,
        FieldDefinition definition,
        FieldNode node,
        IReadOnlyDictionary<string, object?> arguments,
        IServiceProvider services) : IResolverContext
    {
        public Schema Schema => schema;

        public ObjectType ParentType => schema.QueryType!;

        public FieldDefinition Field => definition;

        public string ResponseName => node.Alias?.Value ?? node.Name.Value;

        public object? Parent => null;

        public IReadOnlyDictionary<string, object?> Arguments => arguments;

        public IServiceProvider Services => services;

        public CancellationToken RequestAborted => CancellationToken.None;

        public IReadOnlyList<object> Path => [ResponseName];

        public IReadOnlyList<FieldNode> FieldSelections => [node];

        public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();
    }
}
