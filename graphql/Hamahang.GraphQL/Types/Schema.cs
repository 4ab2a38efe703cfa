using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Introspection;

namespace Hamahang.GraphQL.Types;

/// <summary>
/// A GraphQL schema: "A GraphQL service's collective type system capabilities are referred to as that
/// service's schema. A schema is defined in terms of the types and directives it supports as well as
/// the root operation types for each kind of operation." Creating one collects every type reachable
/// from the roots, the given types and the directives (in graphql-js's order) and freezes them.
/// It does not validate; <see cref="SchemaBuilder"/> and <c>BuildSchema</c> validate and
/// refuse an invalid schema. See https://spec.graphql.org/September2025/#sec-Schema.
/// </summary>
public sealed partial class Schema
{
    private readonly OrderedDictionary<string, GraphQLNamedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (List<ObjectType> Objects, List<InterfaceType> Interfaces)> _implementations = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, ObjectType> _objectTypesByRuntimeType = [];
    private readonly Dictionary<GraphQLNamedType, HashSet<GraphQLNamedType>> _subTypes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<GraphQLNamedType, IReadOnlyList<ObjectType>> _possibleTypes = new(ReferenceEqualityComparer.Instance);
    private IReadOnlyList<SchemaError>? _errors;

    /// <summary>Creates a schema and freezes every type and directive in it.</summary>
    /// <param name="query">The query root (must be an object type to be valid).</param>
    /// <param name="mutation">The mutation root, if any.</param>
    /// <param name="subscription">The subscription root, if any.</param>
    /// <param name="types">Other types to include even when unreachable from the roots (interface implementations, ...).</param>
    /// <param name="directives">The directives; the specified directives when null.</param>
    /// <param name="description">The schema's description.</param>
    public Schema(
        GraphQLNamedType? query,
        GraphQLNamedType? mutation = null,
        GraphQLNamedType? subscription = null,
        IEnumerable<GraphQLNamedType>? types = null,
        IEnumerable<DirectiveDefinition>? directives = null,
        string? description = null)
    {
        QueryRoot = query;
        MutationRoot = mutation;
        SubscriptionRoot = subscription;
        Description = description;
        Directives = (directives ?? SpecifiedDirectives.All).ToList();

        // graphql-js: the given types keep their order (each is moved to the end in turn, then what it
        // references and is not yet known follows it), then the roots, directive arguments and __Schema.
        var collected = new OrderedDictionary<GraphQLNamedType, bool>(ReferenceEqualityComparer.Instance);
        var given = types?.ToList() ?? [];
        foreach (var type in given)
        {
            collected.TryAdd(type, true);
        }

        foreach (var type in given)
        {
            collected.Remove(type);
            Collect(type, collected);
        }

        foreach (var root in new[] { query, mutation, subscription })
        {
            if (root is not null)
            {
                Collect(root, collected);
            }
        }

        foreach (var directive in Directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Collect(argument.Type.NamedType, collected);
            }
        }

        Collect(IntrospectionTypes.Schema, collected);
        foreach (var type in collected.Keys)
        {
            AddToTypeMap(type);
        }

        IndexAbstractTypes();
        foreach (var type in _types.Values)
        {
            type.Freeze();
        }

        foreach (var directive in Directives)
        {
            directive.Freeze();
        }
    }

    /// <summary>The description of the schema (https://spec.graphql.org/September2025/#SchemaDefinition).</summary>
    public string? Description { get; }

    /// <summary>The root type of query operations; null only in an invalid schema.</summary>
    public ObjectType? QueryType => QueryRoot as ObjectType;

    /// <summary>The root type of mutation operations, if mutations are supported.</summary>
    public ObjectType? MutationType => MutationRoot as ObjectType;

    /// <summary>The root type of subscription operations, if subscriptions are supported.</summary>
    public ObjectType? SubscriptionType => SubscriptionRoot as ObjectType;

    /// <summary>The query root as given (validation reports a root that is not an object type).</summary>
    public GraphQLNamedType? QueryRoot { get; }

    /// <summary>The mutation root as given.</summary>
    public GraphQLNamedType? MutationRoot { get; }

    /// <summary>The subscription root as given.</summary>
    public GraphQLNamedType? SubscriptionRoot { get; }

    /// <summary>Every named type, in graphql-js's type map order (given types, roots, directive arguments, introspection).</summary>
    public IReadOnlyList<GraphQLNamedType> Types => _types.Values;

    /// <summary>The directives, in definition order (the specified ones first unless replaced).</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>Directives applied to the schema definition.</summary>
    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; init; } = [];

    /// <summary>
    /// Whether <see cref="Utilities.SchemaPrinter"/> prints the directives applied to types, fields, arguments, input fields
    /// and enum values (those the schema defines, other than the specified ones), as HotChocolate's printer does; graphql-js's
    /// <c>printSchema</c> prints none. Set by <see cref="SchemaBuilder.AddCostDirectives"/>.
    /// </summary>
    public bool PrintsAppliedDirectives { get; init; }

    /// <summary>The schema definition node, when built from SDL.</summary>
    public SchemaDefinitionNode? SyntaxNode { get; init; }

    /// <summary>Schema extension nodes, when built from SDL.</summary>
    public IReadOnlyList<SchemaExtensionNode> ExtensionSyntaxNodes { get; init; } = [];

    /// <summary>Open feature metadata for later stages.</summary>
    public Dictionary<string, object?> Metadata { get; } = new(StringComparer.Ordinal);

    /// <summary>The schema's validation errors (https://spec.graphql.org/September2025/#sec-Schema), computed once.</summary>
    public IReadOnlyList<SchemaError> Errors => _errors ??= SchemaValidator.Validate(this);

    /// <summary>The named type called <paramref name="name"/>, or null.</summary>
    /// <param name="name">A type name.</param>
    public GraphQLNamedType? GetType(string name) => _types.GetValueOrDefault(name);

    /// <summary>The directive called <paramref name="name"/>, or null.</summary>
    /// <param name="name">A directive name, without <c>@</c>.</param>
    public DirectiveDefinition? GetDirective(string name)
    {
        foreach (var directive in Directives)
        {
            if (directive.Name == name)
            {
                return directive;
            }
        }

        return null;
    }

    /// <summary>The object type whose CLR runtime type is <paramref name="runtimeType"/> (or a base type of it), or null.</summary>
    /// <param name="runtimeType">A CLR type.</param>
    public ObjectType? GetObjectTypeByRuntimeType(Type runtimeType)
    {
        for (var type = runtimeType; type is not null; type = type.BaseType)
        {
            if (_objectTypesByRuntimeType.TryGetValue(type, out var objectType))
            {
                return objectType;
            }
        }

        return null;
    }

    /// <summary>Throws <see cref="SchemaValidationException"/> when <see cref="Errors"/> is not empty.</summary>
    public void AssertValid()
    {
        if (Errors.Count != 0)
        {
            throw new SchemaValidationException(Errors);
        }
    }

    private static void Collect(GraphQLNamedType type, OrderedDictionary<GraphQLNamedType, bool> collected)
    {
        if (!collected.TryAdd(type, true))
        {
            return;
        }

        switch (type)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member, collected);
                }

                break;
            case ComplexType complex:
                foreach (var iface in complex.DeclaredInterfaces)
                {
                    Collect(iface, collected);
                }

                foreach (var field in complex.Fields)
                {
                    Collect(field.Type.NamedType, collected);
                    foreach (var argument in field.Arguments)
                    {
                        Collect(argument.Type.NamedType, collected);
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Collect(field.Type.NamedType, collected);
                }

                break;
        }
    }

    private void AddToTypeMap(GraphQLNamedType type)
    {
        if (!_types.TryAdd(type.Name, type))
        {
            throw new InvalidOperationException($"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
        }

        if (type is ComplexType complex)
        {
            foreach (var iface in complex.Interfaces)
            {
                if (!_implementations.TryGetValue(iface.Name, out var implementations))
                {
                    implementations = ([], []);
                    _implementations[iface.Name] = implementations;
                }

                if (type is ObjectType objectType)
                {
                    implementations.Objects.Add(objectType);
                }
                else
                {
                    implementations.Interfaces.Add((InterfaceType)type);
                }
            }
        }

        if (type is ObjectType { RuntimeType: { } runtimeType } obj && runtimeType != typeof(object))
        {
            _objectTypesByRuntimeType.TryAdd(runtimeType, obj);
        }
    }
}
