using Hamahang.GraphQL.Language;
using System.Collections;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Introspection;

/// <summary>
/// The result (<c>data</c>) of graphql-js's full introspection query (<c>getIntrospectionQuery</c> with
/// descriptions, <c>specifiedByURL</c>, <c>isRepeatable</c>, the schema description, input value
/// deprecation, directive deprecation and <c>isOneOf</c>) for a schema, computed by running the
/// introspection types' own resolvers over that query's selections. What <c>buildClientSchema</c> reads.
/// See https://spec.graphql.org/September2025/#sec-Introspection.
/// </summary>
public static partial class IntrospectionResult
{
    /// <summary>The introspection query's <c>data</c> for <paramref name="schema"/>, as nested dictionaries and lists.</summary>
    /// <param name="schema">The schema.</param>
    public static async Task<Dictionary<string, object?>> FromSchema(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var query = schema.QueryType ?? throw new InvalidOperationException("The schema has no query type.");
        return await Evaluate(schema, query, null, [Query]).ConfigureAwait(false);
    }

    private static async Task<Dictionary<string, object?>> Evaluate(Schema schema, ObjectType type, object? parent, IReadOnlyList<Selection> selections)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var selection in selections)
        {
            var field = schema.GetField(type, selection.Name)
                ?? throw new InvalidOperationException($"Cannot query field \"{selection.Name}\" on type \"{type.Name}\".");
            var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var argument in field.Arguments)
            {
                if (selection.Arguments.TryGetValue(argument.Name, out var given))
                {
                    arguments[argument.Name] = given;
                }
                else if (argument.HasDefaultValue)
                {
                    arguments[argument.Name] = argument.DefaultValue;
                }
            }

            var context = new Context(schema, type, field, parent, arguments);
            var value = field.PureResolver is { } pure
                ? pure(parent)
                : field.Resolver is { } resolver ? await resolver(context).ConfigureAwait(false) : DefaultResolvers.ReadMember(parent, field.Name);
            result[selection.Name] = await Complete(schema, field.Type, value, selection.Children).ConfigureAwait(false);
        }

        return result;
    }

    private static async Task<object?> Complete(Schema schema, GraphQLType type, object? value, IReadOnlyList<Selection> selections)
    {
        if (type is NonNullType nonNull)
        {
            return await Complete(schema, nonNull.OfType, value, selections).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Cannot return null for non-nullable field of type {type}.");
        }

        switch (value)
        {
            case null:
                return null;
            case IEnumerable items when type is ListType list:
                var completed = new List<object?>();
                foreach (var item in items)
                {
                    completed.Add(await Complete(schema, list.OfType, item, selections).ConfigureAwait(false));
                }

                return completed;
        }

        return type switch
        {
            ScalarType scalar => scalar.Serialize(value),
            EnumType enumType => enumType.Serialize(value),
            ObjectType objectType => await Evaluate(schema, objectType, value, selections).ConfigureAwait(false),
            _ => throw new InvalidOperationException($"Unexpected type {type} in introspection."),
        };
    }

    private sealed class Context(
        Schema schema,
        ObjectType parentType,
        FieldDefinition field,
        object? parent,
        IReadOnlyDictionary<string, object?> arguments) : IResolverContext
    {
        public Schema Schema { get; } = schema;

        public ObjectType ParentType { get; } = parentType;

        public FieldDefinition Field { get; } = field;

        public string ResponseName => Field.Name;

        public object? Parent { get; } = parent;

        public IReadOnlyDictionary<string, object?> Arguments { get; } = arguments;

        public IServiceProvider Services => EmptyServices.Instance;

        public CancellationToken RequestAborted => CancellationToken.None;

        public IReadOnlyList<object> Path => [];

        public IReadOnlyList<FieldNode> FieldSelections => [];

        public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
