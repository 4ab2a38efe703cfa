namespace Hamahang.GraphQL.Types;

/// <summary>
/// A field of an object or interface type: a name, arguments, an output type and a resolver.
/// "FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?" See
/// https://spec.graphql.org/September2025/#FieldsDefinition.
/// </summary>
public sealed class FieldDefinition : TypeSystemMember
{
    private readonly List<ArgumentDefinition> _arguments = [];
    private GraphQLType _type;
    private FieldResolver? _resolver;
    private PureFieldResolver? _pureResolver;
    private SubscribeResolver? _subscribe;

    /// <summary>Creates a field.</summary>
    /// <param name="name">The field's name.</param>
    /// <param name="type">Its output type.</param>
    public FieldDefinition(string name, GraphQLType type)
        : base(name)
    {
        _type = type ?? throw new ArgumentNullException(nameof(type));
    }

    /// <summary>The output type.</summary>
    public GraphQLType Type
    {
        get => _type;
        set
        {
            ThrowIfFrozen();
            _type = value ?? throw new ArgumentNullException(nameof(value));
        }
    }

    /// <summary>The arguments, in definition order.</summary>
    public IReadOnlyList<ArgumentDefinition> Arguments => _arguments;

    /// <summary>The object or interface declaring the field; null for the meta-fields.</summary>
    public GraphQLNamedType? DeclaringType { get; internal set; }

    /// <summary>
    /// The resolver. When null (and <see cref="PureResolver"/> is null too) the executor uses the default
    /// resolver, <see cref="DefaultResolvers.ReadMember"/>.
    /// </summary>
    public FieldResolver? Resolver
    {
        get => _resolver;
        set
        {
            ThrowIfFrozen();
            _resolver = value;
        }
    }

    /// <summary>A synchronous resolver reading only the parent; preferred by the executor when set.</summary>
    public PureFieldResolver? PureResolver
    {
        get => _pureResolver;
        set
        {
            ThrowIfFrozen();
            _pureResolver = value;
        }
    }

    /// <summary>For subscription root fields: creates the source event stream.</summary>
    public SubscribeResolver? Subscribe
    {
        get => _subscribe;
        set
        {
            ThrowIfFrozen();
            _subscribe = value;
        }
    }

    /// <summary>For code-first fields: the CLR member that the field was made from.</summary>
    public System.Reflection.MemberInfo? Member { get; set; }

    /// <summary>The argument named <paramref name="name"/>, or null.</summary>
    /// <param name="name">The argument's name.</param>
    public ArgumentDefinition? GetArgument(string name)
    {
        foreach (var argument in _arguments)
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>Adds an argument.</summary>
    /// <param name="argument">The argument.</param>
    /// <returns>This field.</returns>
    public FieldDefinition AddArgument(ArgumentDefinition argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        ThrowIfFrozen();
        argument.Owner = this;
        _arguments.Add(argument);
        return this;
    }

    /// <summary>Removes the argument named <paramref name="name"/>, if present (conventions that rewrite a field's arguments).</summary>
    /// <param name="name">The argument's name.</param>
    /// <returns>True when an argument was removed.</returns>
    public bool RemoveArgument(string name)
    {
        ThrowIfFrozen();
        return _arguments.RemoveAll(a => a.Name == name) > 0;
    }

    /// <inheritdoc />
    public override void Freeze()
    {
        base.Freeze();
        foreach (var argument in _arguments)
        {
            argument.Freeze();
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{DeclaringType?.Name ?? "<meta>"}.{Name}";
}
