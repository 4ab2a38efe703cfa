using System.Collections;
using System.Text.Json;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Utilities;

/// <summary>
/// Coerces and validates external input values (variable values: JSON, or CLR strings, numbers, booleans,
/// lists and string-keyed dictionaries) against input types, as graphql-js 17's <c>coerceInputValue</c> and
/// <c>validateInputValue</c> do. See https://spec.graphql.org/September2025/#sec-Coercing-Variable-Values.
/// </summary>
public static class InputValues
{
    /// <summary>
    /// The coerced value of <paramref name="value"/> for <paramref name="type"/>, or false when it is invalid
    /// (then <see cref="Validate"/> says why). Input objects become <see cref="InputObjectType.CreateValue"/>'s result.
    /// </summary>
    /// <param name="value">The external value (a <see cref="JsonElement"/> is read as JSON).</param>
    /// <param name="type">The input type.</param>
    /// <param name="coerced">The coerced value.</param>
    public static bool TryCoerce(object? value, GraphQLType type, out object? coerced)
    {
        ArgumentNullException.ThrowIfNull(type);
        value = FromJson(value);
        coerced = null;
        if (type is NonNullType nonNull)
        {
            return value is not null && TryCoerce(value, nonNull.OfType, out coerced);
        }

        if (value is null)
        {
            return true;
        }

        switch (type)
        {
            case ListType list when IsList(value):
                var items = new List<object?>();
                foreach (var item in (IEnumerable)value)
                {
                    if (!TryCoerce(item, list.OfType, out var coercedItem))
                    {
                        return false;
                    }

                    items.Add(coercedItem);
                }

                coerced = items;
                return true;
            case ListType list:
                if (!TryCoerce(value, list.OfType, out var single))
                {
                    return false;
                }

                coerced = new List<object?> { single };
                return true;
            case InputObjectType input:
                return TryCoerceObject(value, input, out coerced);
            case EnumType enumType:
                return TryParse(() => enumType.ParseValue(value), out coerced);
            case ScalarType scalar:
                return TryParse(() => scalar.ParseValue(value), out coerced);
            default:
                return false;
        }
    }

    /// <summary>Reports every reason <paramref name="value"/> is not valid for <paramref name="type"/>, with paths.</summary>
    /// <param name="value">The external value.</param>
    /// <param name="type">The input type.</param>
    /// <param name="onError">Receives each message and its path (field names and list indices).</param>
    /// <param name="hideSuggestions">True to leave out "Did you mean" suggestions.</param>
    /// <param name="provided">False when no value was given at all (JavaScript's <c>undefined</c>).</param>
    public static void Validate(
        object? value,
        GraphQLType type,
        Action<string, IReadOnlyList<object>> onError,
        bool hideSuggestions = false,
        bool provided = true)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(onError);
        InputValueValidator.Walk(FromJson(value), provided, type, [], onError, hideSuggestions);
    }

    /// <summary>A JSON element as CLR values (numbers as int, long or double); other values unchanged.</summary>
    /// <param name="value">A value.</param>
    public static object? FromJson(object? value) => value is JsonElement json ? FromJson(json) : value;

    private static object? FromJson(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Object => json.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => json.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.String => json.GetString(),
        JsonValueKind.Number => json.TryGetInt32(out var i) ? i : json.TryGetInt64(out var l) ? l : json.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>True for lists (any enumerable but a string or a dictionary).</summary>
    internal static bool IsList(object value) => value is IEnumerable and not string and not IDictionary and not IReadOnlyDictionary<string, object?>;

    /// <summary>The entries of an object value, or null when it is not an object.</summary>
    internal static IReadOnlyDictionary<string, object?>? AsObject(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary map => map.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => map[k], StringComparer.Ordinal),
        _ => null,
    };

    /// <summary>The message graphql-js 17 gives when a OneOf input object does not have exactly one non-null field.</summary>
    internal static string OneOfMessage(InputObjectType input) =>
        $"Within OneOf Input Object type \"{input.Name}\", exactly one field must be specified, and the value for that field must be non-null.";

    private static bool TryCoerceObject(object value, InputObjectType input, out object? coerced)
    {
        coerced = null;
        var map = AsObject(value);
        if (map is null || map.Keys.Any(k => input.GetField(k) is null))
        {
            return false;
        }

        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            if (!map.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.IsRequired)
                {
                    return false;
                }

                if (field.HasDefaultValue)
                {
                    fields[field.Name] = InputLiterals.DefaultValueOf(field);
                }

                continue;
            }

            if (!TryCoerce(fieldValue, field.Type, out var coercedField) || !TryFormat(field, ref coercedField))
            {
                return false;
            }

            fields[field.Name] = coercedField;
        }

        if (input.IsOneOf && (map.Count != 1 || map.Values.First() is null))
        {
            return false;
        }

        coerced = input.CreateValue(fields);
        return true;
    }

    /// <summary>The field's <see cref="InputValueDefinition.Format"/> of a coerced value, or false when it refuses it.</summary>
    internal static bool TryFormat(InputValueDefinition field, ref object? value)
    {
        try
        {
            value = field.Format(value);
            return true;
        }
        catch (CoercionException)
        {
            return false;
        }
    }

    /// <summary>The parsed leaf value, or false when the scalar or enum rejects it.</summary>
    internal static bool TryParse(Func<object?> parse, out object? value)
    {
        try
        {
            value = parse();
            return true;
        }
        catch (CoercionException)
        {
            value = null;
            return false;
        }
    }
}
