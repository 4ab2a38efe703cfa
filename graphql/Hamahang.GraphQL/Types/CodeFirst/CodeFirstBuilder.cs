using System.Reflection;

namespace Hamahang.GraphQL.Types.CodeFirst;

/// <summary>
/// Turns C# types into GraphQL types for <see cref="SchemaBuilder"/>: maps CLR types (with their nullability)
/// to type references, creates each named type once, and completes their fields from a work queue so that
/// types referring to each other (or to themselves) resolve.
/// </summary>
internal sealed partial class CodeFirstBuilder
{
    private static readonly Dictionary<Type, ScalarType> Scalars = new()
    {
        [typeof(string)] = BuiltInScalars.String,
        [typeof(char)] = BuiltInScalars.String,
        [typeof(int)] = BuiltInScalars.Int,
        [typeof(short)] = BuiltInScalars.Int,
        [typeof(ushort)] = BuiltInScalars.Int,
        [typeof(byte)] = BuiltInScalars.Int,
        [typeof(sbyte)] = BuiltInScalars.Int,
        [typeof(long)] = BuiltInScalars.Long,
        [typeof(uint)] = BuiltInScalars.Long,
        [typeof(ulong)] = BuiltInScalars.Long,
        [typeof(float)] = BuiltInScalars.Float,
        [typeof(double)] = BuiltInScalars.Float,
        [typeof(decimal)] = BuiltInScalars.Float,
        [typeof(bool)] = BuiltInScalars.Boolean,
        [typeof(Guid)] = BuiltInScalars.Uuid,
        [typeof(DateTimeOffset)] = BuiltInScalars.DateTime,
        [typeof(DateTime)] = BuiltInScalars.DateTime,
        [typeof(DateOnly)] = BuiltInScalars.Date,
        [typeof(TimeSpan)] = BuiltInScalars.Duration,
        [typeof(Uri)] = BuiltInScalars.Url,
    };

    private readonly Dictionary<Type, GraphQLNamedType> _bindings;
    private readonly HashSet<Type> _services;
    private readonly Dictionary<Type, GraphQLNamedType> _output = [];
    private readonly Dictionary<Type, GraphQLNamedType> _input = [];
    private readonly Dictionary<string, GraphQLNamedType> _byName = new(StringComparer.Ordinal);
    private readonly Queue<Action> _pending = new();
    private readonly NullabilityInfoContext _nullability = new();

    /// <summary>Creates the builder.</summary>
    /// <param name="bindings">CLR types bound to given GraphQL types (custom scalars, hand-built types).</param>
    /// <param name="services">CLR types that resolver parameters receive from services.</param>
    public CodeFirstBuilder(Dictionary<Type, GraphQLNamedType> bindings, HashSet<Type> services)
    {
        _bindings = bindings;
        _services = services;
    }

    /// <summary>Every named type created from a CLR type, in creation order.</summary>
    public List<GraphQLNamedType> Created { get; } = [];

    /// <summary>Runs queued completions until none is left.</summary>
    public void Drain()
    {
        while (_pending.TryDequeue(out var next))
        {
            next();
        }
    }

    /// <summary>The GraphQL output type for a CLR type with its nullability.</summary>
    public GraphQLType MapOutput(Type type, NullabilityInfo? info, ICustomAttributeProvider? member) => Map(type, info, member, input: false);

    /// <summary>The GraphQL input type for a CLR type with its nullability.</summary>
    public GraphQLType MapInput(Type type, NullabilityInfo? info, ICustomAttributeProvider? member) => Map(type, info, member, input: true);

    /// <summary>The named type made from <paramref name="type"/> as an output (or, for enums and scalars, either) type.</summary>
    public GraphQLNamedType GetNamed(Type type, bool input)
    {
        if (_bindings.TryGetValue(type, out var bound))
        {
            return bound;
        }

        if (Scalars.TryGetValue(type, out var scalar))
        {
            // Custom scalars join the created types where first used, so the type map has the order
            // graphql-js gives the same schema built from its SDL.
            if (!BuiltInScalars.IsSpecified(scalar.Name) && !Created.Contains(scalar))
            {
                Created.Add(scalar);
            }

            return scalar;
        }

        var cache = input && !type.IsEnum ? _input : _output;
        if (cache.TryGetValue(type, out var existing))
        {
            return existing;
        }

        GraphQLNamedType created;
        if (type.IsEnum)
        {
            created = CreateEnum(type);
        }
        else if (input)
        {
            if (type.IsInterface || type.IsAbstract)
            {
                throw new InvalidOperationException($"{type} is used as an input type but is an interface or abstract class.");
            }

            created = CreateInputObject(type);
        }
        else if (type.IsInterface && type.GetCustomAttribute<UnionTypeAttribute>() is { } union)
        {
            created = new UnionType(union.Name ?? Naming.GetTypeName(type)) { RuntimeType = type };
        }
        else if (type.IsInterface)
        {
            var iface = new InterfaceType(Naming.GetTypeName(type)) { RuntimeType = type };
            _pending.Enqueue(() => AddFields(iface, type, FieldSource.Interface));
            created = iface;
        }
        else
        {
            var obj = new ObjectType(Naming.GetTypeName(type)) { RuntimeType = type };
            _pending.Enqueue(() => AddFields(obj, type, FieldSource.Object));
            created = obj;
        }

        created.Description = Describe(type);
        cache[type] = created;
        Created.Add(created);
        return created;
    }

    /// <summary>The type named <paramref name="name"/> that a field convention added, or the one <paramref name="create"/> makes now.</summary>
    public T GetOrAddNamed<T>(string name, Func<T> create)
        where T : GraphQLNamedType
    {
        if (_byName.TryGetValue(name, out var existing))
        {
            return existing as T ?? throw new InvalidOperationException($"The type \"{name}\" already exists as a {existing.Kind}.");
        }

        var created = create();
        _byName[name] = created;
        Created.Add(created);
        return created;
    }

    /// <summary>Declares the GraphQL interfaces each object and interface type implements, and fills unions.</summary>
    public void LinkAbstractTypes()
    {
        foreach (var type in Created.OfType<ComplexType>())
        {
            foreach (var clrInterface in type.RuntimeType?.GetInterfaces() ?? [])
            {
                if (_output.TryGetValue(clrInterface, out var iface) && iface is InterfaceType interfaceType && !type.Implements(interfaceType))
                {
                    type.AddInterface(interfaceType);
                }
            }
        }

        // Unions a convention fills itself (no marker interface) are left as they are.
        foreach (var union in Created.OfType<UnionType>().Where(u => u.RuntimeType is not null))
        {
            foreach (var member in Created.OfType<ObjectType>().Where(o => union.RuntimeType!.IsAssignableFrom(o.RuntimeType)))
            {
                union.AddType(member);
            }
        }
    }

    private GraphQLType Map(Type type, NullabilityInfo? info, ICustomAttributeProvider? member, bool input)
    {
        if (member?.GetCustomAttributes(typeof(GraphQLTypeAttribute), false).FirstOrDefault() is GraphQLTypeAttribute overrideType)
        {
            return overrideType.Type is { } clr ? Map(clr, null, null, input) : TypeSyntax.Parse(overrideType.TypeSyntax!, name => ResolveName(name));
        }

        var isId = member?.IsDefined(typeof(IDAttribute), false) == true;
        return MapCore(type, info, input, isId);
    }

    private GraphQLType MapCore(Type type, NullabilityInfo? info, bool input, bool isId)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition && (definition == typeof(Task<>) || definition == typeof(ValueTask<>)))
        {
            return MapCore(type.GetGenericArguments()[0], info?.GenericTypeArguments.ElementAtOrDefault(0), input, isId);
        }

        bool nullable;
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            nullable = true;
            type = underlying;
        }
        else
        {
            nullable = !type.IsValueType && info?.ReadState != NullabilityState.NotNull;
        }

        GraphQLType result;
        var element = Scalars.ContainsKey(type) || _bindings.ContainsKey(type)
            ? null
            : (input ? null : ResolverCompiler.StreamItemType(type)) ?? ValueConverter.GetElementType(type);
        if (element is not null)
        {
            var elementInfo = info?.ElementType ?? (info?.GenericTypeArguments.Length == 1 ? info.GenericTypeArguments[0] : null);
            result = new ListType(MapCore(element, elementInfo, input, isId));
        }
        else
        {
            result = isId ? BuiltInScalars.ID : GetNamed(type, input);
        }

        return nullable ? result : new NonNullType(result);
    }

    private GraphQLNamedType ResolveName(string name) =>
        BuiltInScalars.Find(name)
        ?? _bindings.Values.Concat(Created).FirstOrDefault(t => t.Name == name)
        ?? throw new InvalidOperationException($"Unknown type \"{name}\".");

    private static string? Describe(MemberInfo member) =>
        member.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description ?? XmlDocumentation.GetSummary(member);

    private static string? Deprecation(ICustomAttributeProvider member) =>
        (member.GetCustomAttributes(typeof(GraphQLDeprecatedAttribute), false).FirstOrDefault() as GraphQLDeprecatedAttribute)?.Reason
        ?? (member.GetCustomAttributes(typeof(ObsoleteAttribute), false).FirstOrDefault() is ObsoleteAttribute obsolete
            ? obsolete.Message ?? SpecifiedDirectives.DefaultDeprecationReason
            : null);

    private static bool IsIgnored(ICustomAttributeProvider member) => member.IsDefined(typeof(GraphQLIgnoreAttribute), false);
}
