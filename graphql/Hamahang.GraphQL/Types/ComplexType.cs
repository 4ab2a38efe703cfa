namespace Hamahang.GraphQL.Types;

/// <summary>
/// What object and interface types share: ordered fields and implemented interfaces.
/// See https://spec.graphql.org/September2025/#sec-Objects and
/// https://spec.graphql.org/September2025/#sec-Interfaces.
/// </summary>
public abstract class ComplexType : GraphQLNamedType
{
    private readonly OrderedDictionary<string, FieldDefinition> _fields = new(StringComparer.Ordinal);
    private readonly List<GraphQLNamedType> _interfaces = [];
    private IReadOnlyList<InterfaceType>? _frozenInterfaces;

    /// <summary>Creates the type.</summary>
    /// <param name="name">The type's name.</param>
    protected ComplexType(string name)
        : base(name)
    {
    }

    /// <summary>The fields, in definition order.</summary>
    public IReadOnlyList<FieldDefinition> Fields => _fields.Values;

    /// <summary>
    /// The interfaces implemented, in definition order. "ImplementsInterfaces : implements &amp;? NamedType"
    /// (https://spec.graphql.org/September2025/#ImplementsInterfaces).
    /// </summary>
    public IReadOnlyList<InterfaceType> Interfaces => _frozenInterfaces ?? _interfaces.OfType<InterfaceType>().ToList();

    /// <summary>
    /// The types named after <c>implements</c>, as written: an SDL schema may name a type that is not an
    /// interface, which validation then reports.
    /// </summary>
    public IReadOnlyList<GraphQLNamedType> DeclaredInterfaces => _interfaces;

    /// <summary>The field named <paramref name="name"/>, or null.</summary>
    /// <param name="name">The field's name.</param>
    public FieldDefinition? GetField(string name) => _fields.GetValueOrDefault(name);

    /// <summary>Adds a field; a field of the same name is an error.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The field added.</returns>
    public FieldDefinition AddField(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        ThrowIfFrozen();
        if (!_fields.TryAdd(field.Name, field))
        {
            throw new InvalidOperationException($"Field \"{Name}.{field.Name}\" can only be defined once.");
        }

        field.DeclaringType = this;
        return field;
    }

    /// <summary>Adds a field, replacing one of the same name (used by type extensions in code).</summary>
    /// <param name="field">The field.</param>
    public void SetField(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        ThrowIfFrozen();
        _fields[field.Name] = field;
        field.DeclaringType = this;
    }

    /// <summary>Removes the field named <paramref name="name"/>, if present.</summary>
    /// <param name="name">The field's name.</param>
    public bool RemoveField(string name)
    {
        ThrowIfFrozen();
        return _fields.Remove(name);
    }

    /// <summary>Declares that this type implements <paramref name="interfaceType"/>.</summary>
    /// <param name="interfaceType">The interface.</param>
    public void AddInterface(GraphQLNamedType interfaceType)
    {
        ArgumentNullException.ThrowIfNull(interfaceType);
        ThrowIfFrozen();
        _interfaces.Add(interfaceType);
    }

    /// <summary>True when this type declares <paramref name="interfaceType"/> among its interfaces.</summary>
    /// <param name="interfaceType">The interface.</param>
    public bool Implements(InterfaceType interfaceType) => _interfaces.Contains(interfaceType);

    /// <summary>The interfaces, for printing: every declared type, as written.</summary>
    internal IEnumerable<string> InterfaceNames => _interfaces.Select(i => i.Name);

    /// <inheritdoc />
    public override void Freeze()
    {
        base.Freeze();
        _frozenInterfaces = _interfaces.OfType<InterfaceType>().ToList();
        foreach (var field in _fields.Values)
        {
            field.Freeze();
        }
    }
}
