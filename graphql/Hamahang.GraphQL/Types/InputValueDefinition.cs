using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Types;

/// <summary>
/// An argument or input field: a name, an input type and an optional default value.
/// "InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?" See
/// https://spec.graphql.org/September2025/#InputValueDefinition.
/// </summary>
public abstract class InputValueDefinition : TypeSystemMember
{
    private GraphQLType _type;
    private object? _defaultValue;
    private bool _hasDefaultValue;
    private ValueNode? _defaultValueLiteral;
    private Func<object?, object?>? _formatter;

    /// <summary>Creates an input value.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="type">Its input type.</param>
    protected InputValueDefinition(string name, GraphQLType type)
        : base(name)
    {
        _type = type ?? throw new ArgumentNullException(nameof(type));
    }

    /// <summary>The input type.</summary>
    public GraphQLType Type
    {
        get => _type;
        set
        {
            ThrowIfFrozen();
            _type = value ?? throw new ArgumentNullException(nameof(value));
        }
    }

    /// <summary>True when a default value is defined (it may be null).</summary>
    public bool HasDefaultValue => _hasDefaultValue || _defaultValueLiteral is not null;

    /// <summary>
    /// The default value as written in SDL ("DefaultValue : = Value[Const]"), when built from SDL; printed
    /// as is. Setting it also sets <see cref="DefaultValue"/> to its coerced value when the literal is valid.
    /// </summary>
    public ValueNode? DefaultValueLiteral
    {
        get => _defaultValueLiteral;
        set
        {
            ThrowIfFrozen();
            _defaultValueLiteral = value;
        }
    }

    /// <summary>
    /// The default value, coerced (the value a resolver receives when the input is omitted).
    /// Meaningful only when <see cref="HasDefaultValue"/>.
    /// </summary>
    public object? DefaultValue
    {
        get => _defaultValue;
        set
        {
            ThrowIfFrozen();
            _defaultValue = value;
            _hasDefaultValue = true;
        }
    }

    /// <summary>
    /// Turns the coerced value of an input field into the one resolvers receive, as HotChocolate's input
    /// value formatters do (a global id checked against the type it must name, for one); it throws a
    /// <see cref="CoercionException"/> with the reason when it refuses the value, which then does not
    /// fit its type. Not called for null.
    /// </summary>
    public Func<object?, object?>? Formatter
    {
        get => _formatter;
        set
        {
            ThrowIfFrozen();
            _formatter = value;
        }
    }

    /// <summary>The value resolvers receive for a coerced, non-null <paramref name="value"/>; throws <see cref="CoercionException"/>.</summary>
    /// <param name="value">The coerced value.</param>
    public object? Format(object? value) => _formatter is null || value is null ? value : _formatter(value);

    /// <summary>
    /// "An input value is required when its type is Non-Null and it has no default value."
    /// (graphql-js <c>isRequiredArgument</c> / <c>isRequiredInputField</c>)
    /// </summary>
    public bool IsRequired => _type is NonNullType && !HasDefaultValue;

    /// <summary>Removes the default value.</summary>
    public void ClearDefaultValue()
    {
        ThrowIfFrozen();
        _defaultValue = null;
        _hasDefaultValue = false;
        _defaultValueLiteral = null;
    }
}
