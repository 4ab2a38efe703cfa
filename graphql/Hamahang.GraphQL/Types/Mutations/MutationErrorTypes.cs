using System.Linq.Expressions;
using System.Reflection;
using Hamahang.GraphQL.Types.CodeFirst;

namespace Hamahang.GraphQL.Types.Mutations;

/// <summary>
/// The error types of the mutation conventions: the shared <c>interface Error { message: String! }</c>, one
/// object type per exception type (<c>NotFoundException</c> → <c>type NotFoundError implements Error</c>) or
/// error class, and one union per mutation (<c>union FooBarError = NotFoundError | ValidationError</c>).
/// See https://spec.graphql.org/September2025/#sec-Unions and https://spec.graphql.org/September2025/#sec-Interfaces.
/// </summary>
/// <param name="builder">The code-first builder the types are added to.</param>
internal sealed class MutationErrorTypes(CodeFirstBuilder builder)
{
    /// <summary>The name of the interface every error type implements.</summary>
    public const string InterfaceName = "Error";

    private static readonly HashSet<string> ExceptionProperties = typeof(Exception).GetProperties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    private readonly Dictionary<Type, ObjectType> _objects = [];
    private InterfaceType? _interface;

    /// <summary><c>interface Error { message: String! }</c>, added to the schema the first time it is asked for.</summary>
    public InterfaceType Interface => _interface ??= builder.GetOrAddNamed(InterfaceName, () =>
    {
        var error = new InterfaceType(InterfaceName) { ResolveType = MutationError.ResolveType };
        error.AddField(MessageField());
        return error;
    });

    /// <summary>
    /// The GraphQL name of an exception's error type: its <see cref="GraphQLNameAttribute"/>, else its name with
    /// <c>Exception</c> replaced by <c>Error</c> (a name without that suffix is kept, as HotChocolate keeps it).
    /// </summary>
    /// <param name="exception">The exception type.</param>
    public static string NameOf(Type exception)
    {
        if (exception.GetCustomAttribute<GraphQLNameAttribute>() is { } attribute)
        {
            return attribute.Name;
        }

        var name = Naming.GetTypeName(exception);
        return name.EndsWith(nameof(Exception), StringComparison.Ordinal) && name.Length > nameof(Exception).Length
            ? name[..^nameof(Exception).Length] + "Error"
            : name;
    }

    /// <summary>
    /// The union <paramref name="name"/> of the error types of <paramref name="declared"/>, in their order, and how
    /// each exception becomes an error value.
    /// </summary>
    /// <param name="name">The union's name (<c>{MutationName}Error</c>).</param>
    /// <param name="declared">The types the mutation declares with <see cref="ErrorAttribute"/>.</param>
    public (UnionType Union, IReadOnlyList<ErrorMapping> Mappings) Union(string name, IReadOnlyList<Type> declared)
    {
        var union = builder.GetOrAddNamed(name, () => new UnionType(name) { ResolveType = MutationError.ResolveType });
        if (union.Types.Count > 0)
        {
            throw new InvalidOperationException($"The error union \"{name}\" is made for two mutations; give one of them another name with " +
                "[UseMutationConvention(PayloadErrorTypeName = ...)].");
        }

        var mappings = declared.SelectMany(MappingsFor).ToList();
        foreach (var type in mappings.Select(m => m.Type).Distinct())
        {
            union.AddType(type);
        }

        return (union, mappings);
    }

    /// <summary>
    /// How the exceptions <paramref name="declared"/> stands for are reported. An exception type is its own error
    /// (see <see cref="ObjectFor"/>). As in HotChocolate, a class may instead map exceptions to error objects: its
    /// public static <c>CreateErrorFrom(SomeException)</c> methods (the error type is what each returns), or else its
    /// constructors taking one exception (the class is the error type). Those error types implement <c>Error</c>.
    /// </summary>
    /// <param name="declared">A type named by <see cref="ErrorAttribute"/>.</param>
    public IReadOnlyList<ErrorMapping> MappingsFor(Type declared)
    {
        if (typeof(Exception).IsAssignableFrom(declared))
        {
            var error = ObjectFor(declared);
            return [new ErrorMapping(declared, error, e => new MutationError(e, error))];
        }

        var factories = declared.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name == "CreateErrorFrom" && !m.IsGenericMethodDefinition && TakesOneException(m) && !m.ReturnType.IsValueType)
            .OrderBy(m => m.MetadataToken)
            .Select(m => new ErrorMapping(m.GetParameters()[0].ParameterType, ErrorObject(m.ReturnType), Compile(m)))
            .ToList();
        if (factories.Count > 0)
        {
            return factories;
        }

        var constructors = declared.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(TakesOneException)
            .OrderBy(c => c.MetadataToken)
            .Select(c => new ErrorMapping(c.GetParameters()[0].ParameterType, ErrorObject(declared), Compile(c)))
            .ToList();
        return constructors.Count > 0
            ? constructors
            : throw new InvalidOperationException($"[Error(typeof({declared.Name}))]: an error type is an exception, or a class with static CreateErrorFrom " +
                "methods or a constructor taking one.");
    }

    /// <summary>
    /// The object type of <paramref name="exception"/>: <c>message: String!</c>, then the public properties its own
    /// classes declare. Its values are <see cref="MutationError"/>s; its <see cref="GraphQLNamedType.RuntimeType"/> is the exception type.
    /// </summary>
    /// <param name="exception">The exception type.</param>
    public ObjectType ObjectFor(Type exception)
    {
        if (_objects.TryGetValue(exception, out var existing))
        {
            return existing;
        }

        if (!typeof(Exception).IsAssignableFrom(exception))
        {
            throw new InvalidOperationException($"[Error(typeof({exception.Name}))]: an error type must be an exception type.");
        }

        var name = NameOf(exception);
        var error = builder.GetOrAddNamed(name, () => new ObjectType(name));
        if (error.RuntimeType is not null)
        {
            throw new InvalidOperationException($"The exceptions {error.RuntimeType} and {exception} both map to the error type \"{name}\".");
        }

        error.RuntimeType = exception;
        error.Description = CodeFirstBuilder.DescriptionOf(exception);
        error.IsTypeOf = value => value is MutationError e && exception.IsInstanceOfType(e.Exception);
        _objects[exception] = error;
        error.AddField(MessageField());
        foreach (var property in DeclaredProperties(exception))
        {
            if (error.GetField(Naming.GetFieldName(property)) is null)
            {
                error.AddField(ReadingException(builder.FieldFromProperty(property)));
            }
        }

        error.AddInterface(Interface);
        return error;
    }

    private static bool TakesOneException(MethodBase method) =>
        method.GetParameters() is [var parameter] && typeof(Exception).IsAssignableFrom(parameter.ParameterType);

    private static Func<Exception, object> Compile(MethodBase member)
    {
        var exception = Expression.Parameter(typeof(Exception), "exception");
        var argument = Expression.Convert(exception, member.GetParameters()[0].ParameterType);
        Expression body = member is ConstructorInfo constructor ? Expression.New(constructor, argument) : Expression.Call((MethodInfo)member, argument);
        return Expression.Lambda<Func<Exception, object>>(Expression.Convert(body, typeof(object)), exception).Compile();
    }

    // An app's error class: an object type of its own (it needs `message: String!`), implementing Error.
    private ObjectType ErrorObject(Type type)
    {
        var error = builder.GetNamed(type, input: false) as ObjectType
            ?? throw new InvalidOperationException($"The error type {type} is not an object type.");
        if (!error.Implements(Interface))
        {
            error.AddInterface(Interface);
        }

        return error;
    }

    private static FieldDefinition MessageField() =>
        new("message", new NonNullType(BuiltInScalars.String)) { PureResolver = e => MutationError.ExceptionOf(e).Message };

    // The field's getter reads the exception; the parent value is the MutationError holding it.
    private static FieldDefinition ReadingException(FieldDefinition field)
    {
        if (field.PureResolver is { } getter)
        {
            field.PureResolver = e => getter(MutationError.ExceptionOf(e));
        }

        return field;
    }

    // The exception's own public properties, the base-most class's first; System.Exception's are left out.
    private static IEnumerable<PropertyInfo> DeclaredProperties(Type exception)
    {
        var chain = new List<Type>();
        for (var type = exception; type is not null && type != typeof(Exception); type = type.BaseType)
        {
            chain.Insert(0, type);
        }

        return chain.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).OrderBy(p => p.MetadataToken))
            .Where(p => !ExceptionProperties.Contains(p.Name) && p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true }
                && !p.IsDefined(typeof(GraphQLIgnoreAttribute), true));
    }
}
