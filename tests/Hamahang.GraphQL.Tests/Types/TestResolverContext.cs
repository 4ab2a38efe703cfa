using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Tests.Types;

/// <summary>A resolver context for calling resolvers directly in tests.</summary>
public sealed class TestResolverContext(Schema schema, ObjectType parentType, FieldDefinition field) : IResolverContext
{
    public Schema Schema { get; } = schema;

    public ObjectType ParentType { get; } = parentType;

    public FieldDefinition Field { get; } = field;

    public string ResponseName => Field.Name;

    public object? Parent { get; init; }

    public IReadOnlyDictionary<string, object?> Arguments { get; init; } = new Dictionary<string, object?>();

    public IServiceProvider Services { get; init; } = new TestServices();

    public CancellationToken RequestAborted { get; init; }

    public IReadOnlyList<object> Path { get; init; } = [];

    public IReadOnlyList<Hamahang.GraphQL.Language.FieldNode> FieldSelections { get; init; } = [];

    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

    /// <summary>Resolves <paramref name="fieldName"/> of <paramref name="typeName"/> in <paramref name="schema"/>.</summary>
    public static async Task<object?> Resolve(
        Schema schema,
        string typeName,
        string fieldName,
        object? parent = null,
        Dictionary<string, object?>? arguments = null,
        IServiceProvider? services = null)
    {
        var type = (ObjectType)schema.GetType(typeName)!;
        var field = schema.GetField(type, fieldName)!;
        var context = new TestResolverContext(schema, type, field)
        {
            Parent = parent,
            Arguments = Complete(field, arguments ?? []),
            Services = services ?? new TestServices(),
        };
        if (field.PureResolver is { } pure)
        {
            return pure(parent);
        }

        return field.Resolver is { } resolver ? await resolver(context) : DefaultResolvers.ReadMember(parent, fieldName);
    }

    private static Dictionary<string, object?> Complete(FieldDefinition field, Dictionary<string, object?> arguments)
    {
        foreach (var argument in field.Arguments)
        {
            if (!arguments.ContainsKey(argument.Name) && argument.HasDefaultValue)
            {
                arguments[argument.Name] = argument.DefaultValue;
            }
        }

        return arguments;
    }
}

/// <summary>A tiny service provider for tests.</summary>
public sealed class TestServices : IServiceProvider
{
    private readonly Dictionary<Type, object> _services = [];

    public TestServices Add<T>(T service)
        where T : notnull
    {
        _services[typeof(T)] = service;
        return this;
    }

    public object? GetService(Type serviceType) => _services.GetValueOrDefault(serviceType);
}
