using System.Reflection;

namespace Hamahang.GraphQL.Types.CodeFirst;

/// <summary>
/// What an <see cref="IFieldConvention"/> sees: the field being built, the member it was made from, and the
/// code-first builder's type registry (to map CLR types and to add named types such as a connection).
/// </summary>
public sealed class FieldConventionContext
{
    private readonly CodeFirstBuilder _builder;
    private readonly List<Func<FieldResolver, FieldResolver>> _middleware = [];

    internal FieldConventionContext(CodeFirstBuilder builder, ComplexType declaringType, FieldDefinition field, MemberInfo member, Type resultType)
    {
        _builder = builder;
        DeclaringType = declaringType;
        Field = field;
        Member = member;
        ResultType = resultType;
    }

    /// <summary>The object or interface type the field belongs to.</summary>
    public ComplexType DeclaringType { get; }

    /// <summary>The field; its type, arguments and resolver may be changed.</summary>
    public FieldDefinition Field { get; }

    /// <summary>The property or method the field was made from.</summary>
    public MemberInfo Member { get; }

    /// <summary>The member's CLR result type, with <see cref="Task{TResult}"/> and <see cref="ValueTask{TResult}"/> unwrapped.</summary>
    public Type ResultType { get; }

    /// <summary>
    /// Wraps the field's resolver with <paramref name="middleware"/> once every convention has run. As with
    /// HotChocolate's field middleware, the first one added is the outermost: the attribute on top runs first.
    /// </summary>
    /// <param name="middleware">Given the next resolver, returns the resolver that calls it.</param>
    public void Use(Func<FieldResolver, FieldResolver> middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        _middleware.Add(middleware);
    }

    /// <summary>Composes the middleware added with <see cref="Use"/> around the field's resolver.</summary>
    internal void Complete()
    {
        if (_middleware.Count == 0)
        {
            return;
        }

        var resolver = DefaultResolvers.AsResolver(Field);
        for (var i = _middleware.Count - 1; i >= 0; i--)
        {
            resolver = _middleware[i](resolver);
        }

        Field.PureResolver = null;
        Field.Resolver = resolver;
    }

    /// <summary>The named type the builder makes (or made) from <paramref name="type"/>.</summary>
    /// <param name="type">A CLR type.</param>
    /// <param name="input">True for an input type (input objects, enums, scalars).</param>
    public GraphQLNamedType GetNamedType(Type type, bool input) => _builder.GetNamed(type, input);

    /// <summary>The named type called <paramref name="name"/>, created with <paramref name="create"/> and added to the schema the first time.</summary>
    /// <typeparam name="T">The kind of type.</typeparam>
    /// <param name="name">The type's name.</param>
    /// <param name="create">Creates the type when no type of that name exists yet.</param>
    public T GetOrAddType<T>(string name, Func<T> create)
        where T : GraphQLNamedType => _builder.GetOrAddNamed(name, create);
}
