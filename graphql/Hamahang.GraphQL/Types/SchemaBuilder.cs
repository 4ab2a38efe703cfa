using System.Reflection;
using Hamahang.GraphQL.Types.CodeFirst;

namespace Hamahang.GraphQL.Types;

/// <summary>
/// Builds a schema from C# code, the way a HotChocolate user writes it:
/// <c>SchemaBuilder.New().AddQueryType&lt;Query&gt;().AddMutationType&lt;Mutation&gt;().AddType&lt;Dog&gt;().Create()</c>.
/// Public properties and methods become fields; resolvers are compiled once, here; the schema is
/// validated and an invalid one is refused with <see cref="SchemaValidationException"/>.
/// See https://spec.graphql.org/September2025/#sec-Schema.
/// </summary>
public sealed class SchemaBuilder
{
    private static readonly string[] RootNames = ["Query", "Mutation", "Subscription"];

    private readonly List<(Type Type, string Root)> _roots = [];
    private readonly List<Type> _types = [];
    private readonly List<Type> _extensions = [];
    private readonly List<GraphQLNamedType> _namedTypes = [];
    private readonly List<DirectiveDefinition> _directives = [];
    private readonly Dictionary<Type, GraphQLNamedType> _bindings = [];
    private readonly HashSet<Type> _services = [];
    private string? _description;
    private bool? _mutationConventions;
    private bool? _costDefaults;

    private SchemaBuilder()
    {
    }

    /// <summary>Starts a new builder.</summary>
    public static SchemaBuilder New() => new();

    /// <summary>Adds the public members of <typeparamref name="T"/> to the query root type <c>Query</c>.</summary>
    /// <typeparam name="T">A class (static or not) with query fields.</typeparam>
    public SchemaBuilder AddQueryType<T>() => AddRoot(typeof(T), "Query");

    /// <summary>Adds the public members of <typeparamref name="T"/> to the mutation root type <c>Mutation</c>.</summary>
    /// <typeparam name="T">A class with mutation fields.</typeparam>
    public SchemaBuilder AddMutationType<T>() => AddRoot(typeof(T), "Mutation");

    /// <summary>Adds the public members of <typeparamref name="T"/> to the subscription root type <c>Subscription</c>.</summary>
    /// <typeparam name="T">A class whose methods return event streams.</typeparam>
    public SchemaBuilder AddSubscriptionType<T>() => AddRoot(typeof(T), "Subscription");

    /// <summary>Adds the type made from <typeparamref name="T"/>; see <see cref="AddType(Type)"/>.</summary>
    /// <typeparam name="T">A class, interface, enum or root/extension class.</typeparam>
    public SchemaBuilder AddType<T>() => AddType(typeof(T));

    /// <summary>
    /// Adds a type: a class marked <see cref="QueryTypeAttribute"/>, <see cref="MutationTypeAttribute"/>,
    /// <see cref="SubscriptionTypeAttribute"/> or <see cref="ExtendObjectTypeAttribute"/> contributes fields;
    /// any other class, interface or enum becomes a type of its own (e.g. an interface's implementations).
    /// </summary>
    /// <param name="type">The CLR type.</param>
    public SchemaBuilder AddType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.IsDefined(typeof(QueryTypeAttribute), false))
        {
            return AddRoot(type, "Query");
        }

        if (type.IsDefined(typeof(MutationTypeAttribute), false))
        {
            return AddRoot(type, "Mutation");
        }

        if (type.IsDefined(typeof(SubscriptionTypeAttribute), false))
        {
            return AddRoot(type, "Subscription");
        }

        if (type.IsDefined(typeof(ExtendObjectTypeAttribute), false))
        {
            return AddTypeExtension(type);
        }

        _types.Add(type);
        return this;
    }

    /// <summary>Adds a type built by hand (a custom scalar, an enum, ...); binds its <see cref="GraphQLNamedType.RuntimeType"/> if set.</summary>
    /// <param name="type">The type.</param>
    public SchemaBuilder AddType(GraphQLNamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _namedTypes.Add(type);
        if (type.RuntimeType is { } runtimeType)
        {
            _bindings[runtimeType] = type;
        }

        return this;
    }

    /// <summary>Adds every class of <paramref name="assembly"/> marked as a root type or type extension.</summary>
    /// <param name="assembly">The assembly.</param>
    public SchemaBuilder AddTypesFromAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        foreach (var type in assembly.GetTypes().Where(t => t.IsDefined(typeof(QueryTypeAttribute), false) || t.IsDefined(typeof(MutationTypeAttribute), false)
                || t.IsDefined(typeof(SubscriptionTypeAttribute), false) || t.IsDefined(typeof(ExtendObjectTypeAttribute), false))
            .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            AddType(type);
        }

        return this;
    }

    /// <summary>Adds the members of an <see cref="ExtendObjectTypeAttribute"/> class to the type it extends.</summary>
    /// <typeparam name="T">The extension class.</typeparam>
    public SchemaBuilder AddTypeExtension<T>() => AddTypeExtension(typeof(T));

    /// <summary>Adds the members of an <see cref="ExtendObjectTypeAttribute"/> class to the type it extends.</summary>
    /// <param name="type">The extension class.</param>
    public SchemaBuilder AddTypeExtension(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _ = type.GetCustomAttribute<ExtendObjectTypeAttribute>() ?? throw new ArgumentException($"{type} is not marked [ExtendObjectType].", nameof(type));
        _extensions.Add(type);
        return this;
    }

    /// <summary>Maps values of CLR type <typeparamref name="TRuntime"/> to <paramref name="type"/> (a scalar, usually).</summary>
    /// <typeparam name="TRuntime">The CLR type.</typeparam>
    /// <param name="type">The GraphQL type.</param>
    public SchemaBuilder BindRuntimeType<TRuntime>(GraphQLNamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _bindings[typeof(TRuntime)] = type;
        if (!_namedTypes.Contains(type))
        {
            _namedTypes.Add(type);
        }

        return this;
    }

    /// <summary>Declares that resolver parameters of type <typeparamref name="T"/> come from services (as <see cref="ServiceAttribute"/> does).</summary>
    /// <typeparam name="T">The service type.</typeparam>
    public SchemaBuilder RegisterService<T>()
    {
        _services.Add(typeof(T));
        return this;
    }

    /// <summary>Adds a custom directive definition.</summary>
    /// <param name="directive">The directive.</param>
    public SchemaBuilder AddDirectiveType(DirectiveDefinition directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        _directives.Add(directive);
        return this;
    }

    /// <summary>
    /// Applies HotChocolate's mutation conventions to the mutation root: each mutation <c>fooBar</c> takes one
    /// argument <c>input: FooBarInput!</c> (its parameters as fields) and returns <c>FooBarPayload!</c> (its result
    /// in a field named after the result type, plus <c>errors: [FooBarError!]</c> when it declares
    /// <see cref="ErrorAttribute"/> exceptions, which then become data instead of field errors).
    /// </summary>
    /// <param name="applyToAllMutations">
    /// True (the default) for every mutation; false for those marked <see cref="UseMutationConventionAttribute"/>
    /// or <see cref="ErrorAttribute"/> only.
    /// </param>
    public SchemaBuilder AddMutationConventions(bool applyToAllMutations = true)
    {
        _mutationConventions = applyToAllMutations;
        return this;
    }

    /// <summary>
    /// Makes the cost contract part of the schema, as HotChocolate 15's cost analysis does: defines <c>@cost</c> and
    /// <c>@listSize</c> (<see cref="CostDirectives"/>), turns <see cref="CostAttribute"/> and <see cref="ListSizeAttribute"/>
    /// into applied directives, gives every object field with a resolver of its own and no weight <c>@cost(weight: "10")</c>
    /// (unless <paramref name="applyDefaults"/> is false), and has <see cref="Utilities.SchemaPrinter"/> print the applied
    /// directives (<see cref="Schema.PrintsAppliedDirectives"/>). The data conventions' weights (filter, sort, paging) are
    /// applied by the data attributes either way. See https://ibm.github.io/graphql-specs/cost-spec.html.
    /// </summary>
    /// <param name="applyDefaults">Whether resolver fields without a weight get HotChocolate's default weight, 10.</param>
    public SchemaBuilder AddCostDirectives(bool applyDefaults = true)
    {
        _costDefaults = applyDefaults;
        return this;
    }

    /// <summary>Sets the schema's description.</summary>
    /// <param name="description">The description.</param>
    public SchemaBuilder SetDescription(string? description)
    {
        _description = description;
        return this;
    }

    /// <summary>Builds, validates and freezes the schema.</summary>
    /// <exception cref="SchemaValidationException">The schema breaks a rule of the specification.</exception>
    public Schema Create()
    {
        var builder = new CodeFirstBuilder(_bindings, _services);
        var roots = new Dictionary<string, ObjectType>(StringComparer.Ordinal);
        foreach (var (type, rootName) in _roots)
        {
            if (!roots.TryGetValue(rootName, out var root))
            {
                root = new ObjectType(rootName);
                roots[rootName] = root;
            }

            var source = rootName == "Subscription" ? CodeFirstBuilder.FieldSource.Subscription : CodeFirstBuilder.FieldSource.Root;
            builder.AddFields(root, type, source);
        }

        foreach (var type in _types)
        {
            builder.GetNamed(type, input: false);
        }

        builder.Drain();
        foreach (var extension in _extensions)
        {
            var attribute = extension.GetCustomAttribute<ExtendObjectTypeAttribute>()!;
            var target = attribute.Type is { } clr
                ? builder.GetNamed(clr, input: false) as ComplexType
                : roots.GetValueOrDefault(attribute.Name!)
                    ?? builder.Created.Concat(_namedTypes).OfType<ComplexType>().FirstOrDefault(t => t.Name == attribute.Name);
            if (target is null && attribute.Name is "Query" or "Mutation" or "Subscription")
            {
                target = roots[attribute.Name] = new ObjectType(attribute.Name);
            }

            builder.Drain();
            builder.AddFields(
                target ?? throw new InvalidOperationException($"{extension} extends unknown type \"{attribute.Name}\"."),
                extension,
                CodeFirstBuilder.FieldSource.Extension);
            builder.Drain();
        }

        if (roots.TryGetValue("Mutation", out var mutation))
        {
            ApplyMutationConventions(builder, mutation);
        }

        builder.LinkAbstractTypes();
        var types = RootNames.Select(roots.GetValueOrDefault).OfType<GraphQLNamedType>().Concat(_namedTypes).Concat(builder.Created).ToList();
        var directives = _directives.ToList();
        if (_costDefaults is { } applyDefaults)
        {
            CostConventions.Apply(types, applyDefaults);
            var cost = new[] { CostDirectives.CreateCost(), CostDirectives.CreateListSize() };
            directives.AddRange(cost.Where(c => directives.TrueForAll(d => d.Name != c.Name)));
        }

        var schema = new Schema(
            roots.GetValueOrDefault("Query"),
            roots.GetValueOrDefault("Mutation"),
            roots.GetValueOrDefault("Subscription"),
            types,
            directives.Concat(SpecifiedDirectives.All.Where(s => directives.TrueForAll(d => d.Name != s.Name))),
            _description)
        {
            PrintsAppliedDirectives = _costDefaults is not null,
        };
        schema.AssertValid();
        return schema;
    }

    private void ApplyMutationConventions(CodeFirstBuilder builder, ObjectType mutation)
    {
        if (_mutationConventions is { } applyToAll)
        {
            new Mutations.MutationConventions(builder, applyToAll).Apply(mutation);
            builder.Drain();
        }
        else if (mutation.Fields.FirstOrDefault(f => Mutations.MutationConventions.DeclaredErrors(f.Member).Count > 0) is { } field)
        {
            throw new InvalidOperationException($"The mutation {field} declares [Error] types, which need SchemaBuilder.AddMutationConventions().");
        }
    }

    private SchemaBuilder AddRoot(Type type, string root)
    {
        _roots.Add((type, root));
        return this;
    }
}
