using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Utilities;
using static Hamahang.GraphQL.Utilities.Inspector;
using static Hamahang.GraphQL.Utilities.SuggestionList;

namespace Hamahang.GraphQL.Types;

/// <summary>
/// An enum: "Enum types, like Scalar types, also represent leaf values in a GraphQL type system.
/// However Enum types describe the set of possible values." Coerces as graphql-js's <c>GraphQLEnumType</c>.
/// See https://spec.graphql.org/September2025/#sec-Enums.
/// </summary>
/// <param name="name">The enum's name.</param>
public sealed class EnumType(string name) : GraphQLNamedType(name)
{
    private readonly OrderedDictionary<string, EnumValueDefinition> _values = new(StringComparer.Ordinal);
    private Dictionary<object, EnumValueDefinition>? _byValue;

    /// <summary>The values, in definition order.</summary>
    public IReadOnlyList<EnumValueDefinition> Values => _values.Values;

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>The value named <paramref name="name"/>, or null.</summary>
    /// <param name="name">The value's name.</param>
    public EnumValueDefinition? GetValue(string name) => _values.GetValueOrDefault(name);

    /// <summary>Adds a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value added.</returns>
    public EnumValueDefinition AddValue(EnumValueDefinition value)
    {
        ArgumentNullException.ThrowIfNull(value);
        ThrowIfFrozen();
        if (!_values.TryAdd(value.Name, value))
        {
            throw new InvalidOperationException($"Enum value \"{Name}.{value.Name}\" can only be defined once.");
        }

        value.DeclaringType = this;
        return value;
    }

    /// <summary>Adds a value, replacing one of the same name in its place (later SDL definitions win, as in graphql-js).</summary>
    /// <param name="value">The value.</param>
    public void SetValue(EnumValueDefinition value)
    {
        ArgumentNullException.ThrowIfNull(value);
        ThrowIfFrozen();
        _values[value.Name] = value;
        value.DeclaringType = this;
    }

    /// <summary>
    /// Result coercion: the name of the value whose internal value equals <paramref name="value"/>.
    /// See https://spec.graphql.org/September2025/#sec-Enums.Result-Coercion.
    /// </summary>
    /// <param name="value">An internal value.</param>
    public string Serialize(object? value)
    {
        _byValue ??= _values.Values.ToDictionary(v => v.Value);
        if (value is not null && _byValue.TryGetValue(value, out var definition))
        {
            return definition.Name;
        }

        throw new CoercionException($"Enum \"{Name}\" cannot represent value: {Inspect(value)}");
    }

    /// <summary>
    /// Input coercion of a variable value: a string naming a value. See
    /// https://spec.graphql.org/September2025/#sec-Enums.Input-Coercion.
    /// </summary>
    /// <param name="value">The external value.</param>
    /// <param name="hideSuggestions">True to leave out "Did you mean" suggestions.</param>
    public object ParseValue(object? value, bool hideSuggestions = false)
    {
        if (value is not string name)
        {
            var text = Inspect(value);
            throw new CoercionException($"Enum \"{Name}\" cannot represent non-string value: {text}." + Suggest(text, hideSuggestions));
        }

        return GetValue(name)?.Value
            ?? throw new CoercionException($"Value \"{name}\" does not exist in \"{Name}\" enum." + Suggest(name, hideSuggestions));
    }

    /// <summary>
    /// Input coercion of a literal: an enum value naming a value of this enum.
    /// See https://spec.graphql.org/September2025/#sec-Enums.Input-Coercion.
    /// </summary>
    /// <param name="literal">The literal.</param>
    /// <param name="hideSuggestions">True to leave out "Did you mean" suggestions.</param>
    public object ParseLiteral(ValueNode literal, bool hideSuggestions = false)
    {
        ArgumentNullException.ThrowIfNull(literal);
        var text = ValueLiterals.Print(literal);
        if (literal is not EnumValueNode node)
        {
            throw new CoercionException($"Enum \"{Name}\" cannot represent non-enum value: {text}." + Suggest(text, hideSuggestions)) { Node = literal };
        }

        return GetValue(node.Value)?.Value
            ?? throw new CoercionException($"Value \"{text}\" does not exist in \"{Name}\" enum." + Suggest(text, hideSuggestions)) { Node = literal };
    }

    /// <summary>The "Did you mean the enum value ...?" suffix for <paramref name="text"/>.</summary>
    /// <param name="text">What was given.</param>
    /// <param name="hideSuggestions">True to return the empty string.</param>
    public string Suggest(string text, bool hideSuggestions = false) =>
        hideSuggestions ? string.Empty : DidYouMean(Utilities.SuggestionList.Suggest(text, _values.Keys), "the enum value");

    /// <inheritdoc />
    public override void Freeze()
    {
        base.Freeze();
        foreach (var value in _values.Values)
        {
            value.Freeze();
        }
    }
}
