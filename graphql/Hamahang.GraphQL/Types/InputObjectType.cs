namespace Hamahang.GraphQL.Types;

/// <summary>
/// An input object: "a set of input fields; the input fields are either scalars, enums, or other input
/// objects". With <c>@oneOf</c>, exactly one field must be given and be non-null.
/// See https://spec.graphql.org/September2025/#sec-Input-Objects and
/// https://spec.graphql.org/September2025/#sec-OneOf-Input-Objects.
/// </summary>
/// <param name="name">The type's name.</param>
public sealed class InputObjectType(string name) : GraphQLNamedType(name)
{
    private readonly OrderedDictionary<string, InputFieldDefinition> _fields = new(StringComparer.Ordinal);
    private bool _isOneOf;
    private Func<IReadOnlyDictionary<string, object?>, object>? _factory;

    /// <summary>The fields, in definition order.</summary>
    public IReadOnlyList<InputFieldDefinition> Fields => _fields.Values;

    /// <summary>True for a OneOf input object (<c>@oneOf</c>).</summary>
    public bool IsOneOf
    {
        get => _isOneOf;
        set
        {
            ThrowIfFrozen();
            _isOneOf = value;
        }
    }

    /// <summary>
    /// Builds the CLR value resolvers receive from the coerced fields (by GraphQL field name). When null,
    /// resolvers receive the dictionary itself. Code-first input types compile one for their record or class.
    /// </summary>
    public Func<IReadOnlyDictionary<string, object?>, object>? Factory
    {
        get => _factory;
        set
        {
            ThrowIfFrozen();
            _factory = value;
        }
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>The field named <paramref name="name"/>, or null.</summary>
    /// <param name="name">The field's name.</param>
    public InputFieldDefinition? GetField(string name) => _fields.GetValueOrDefault(name);

    /// <summary>Adds a field.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The field added.</returns>
    public InputFieldDefinition AddField(InputFieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        ThrowIfFrozen();
        if (!_fields.TryAdd(field.Name, field))
        {
            throw new InvalidOperationException($"Input field \"{Name}.{field.Name}\" can only be defined once.");
        }

        field.DeclaringType = this;
        return field;
    }

    /// <summary>Adds a field, replacing one of the same name in its place (later SDL definitions win, as in graphql-js).</summary>
    /// <param name="field">The field.</param>
    public void SetField(InputFieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        ThrowIfFrozen();
        _fields[field.Name] = field;
        field.DeclaringType = this;
    }

    /// <summary>The value resolvers receive for coerced fields: <see cref="Factory"/>'s result, or the dictionary.</summary>
    /// <param name="fields">Coerced field values by GraphQL field name.</param>
    public object CreateValue(IReadOnlyDictionary<string, object?> fields) => _factory is null ? fields : _factory(fields);

    /// <inheritdoc />
    public override void Freeze()
    {
        base.Freeze();
        foreach (var field in _fields.Values)
        {
            field.Freeze();
        }
    }
}
