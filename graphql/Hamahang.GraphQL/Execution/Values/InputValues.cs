using System.Collections;
using Hamahang.GraphQL.Types;
using static Hamahang.GraphQL.Utilities.Inspector;
using static Hamahang.GraphQL.Utilities.SuggestionList;

namespace Hamahang.GraphQL.Execution.Values;

/// <summary>
/// Input coercion of external values (variables from JSON): graphql-js 17's <c>coerceInputValue</c>,
/// which answers the coerced value or nothing, and <c>validateInputValue</c>, which explains why a
/// value could not be coerced, one reason per bad leaf.
/// See https://spec.graphql.org/September2025/#sec-Input-Values and
/// https://spec.graphql.org/September2025/#CoerceVariableValues().
/// </summary>
internal static class InputValues
{
    /// <summary>Coerces <paramref name="value"/> (never the "absent" case) to <paramref name="type"/>; false when it cannot be.</summary>
    public static bool TryCoerce(object? value, GraphQLType type, out object? coerced)
    {
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
            case ListType list:
                if (!IsList(value))
                {
                    if (!TryCoerce(value, list.OfType, out var single))
                    {
                        return false;
                    }

                    coerced = new List<object?>(1) { single };
                    return true;
                }

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
            case InputObjectType input:
                return TryCoerceObject(value, input, out coerced);
            case EnumType enumType:
                return TryLeaf(() => enumType.ParseValue(value), out coerced);
            case ScalarType scalar:
                return TryLeaf(() => scalar.ParseValue(value), out coerced);
            default:
                return false;
        }
    }

    /// <summary>
    /// Reports why <paramref name="value"/> is not a valid <paramref name="type"/>: each reason with the
    /// path inside the value (graphql-js <c>validateInputValue</c>). <paramref name="present"/> false means the value is absent.
    /// </summary>
    public static void Validate(object? value, bool present, GraphQLType type, Action<string, IReadOnlyList<object>> onError, bool hideSuggestions, List<object>? path = null)
    {
        path ??= [];
        if (type is NonNullType nonNull)
        {
            if (!present)
            {
                onError($"Expected a value of non-null type \"{type}\" to be provided.", [.. path]);
                return;
            }

            if (value is null)
            {
                onError($"Expected value of non-null type \"{type}\" not to be null.", [.. path]);
                return;
            }

            Validate(value, true, nonNull.OfType, onError, hideSuggestions, path);
            return;
        }

        if (value is null)
        {
            return;
        }

        switch (type)
        {
            case ListType list when !IsList(value):
                Validate(value, true, list.OfType, onError, hideSuggestions, path);
                break;
            case ListType list:
                var index = 0;
                foreach (var item in (IEnumerable)value)
                {
                    path.Add(index++);
                    Validate(item, true, list.OfType, onError, hideSuggestions, path);
                    path.RemoveAt(path.Count - 1);
                }

                break;
            case InputObjectType input:
                ValidateObject(value, input, onError, hideSuggestions, path);
                break;
            case EnumType enumType:
                ValidateLeaf(() => enumType.ParseValue(value, hideSuggestions), value, type, onError, path);
                break;
            case ScalarType scalar:
                ValidateLeaf(() => scalar.ParseValue(value), value, type, onError, path);
                break;
        }
    }

    /// <summary>True for list-like external values (not strings, not maps): JavaScript's <c>isIterableObject</c>.</summary>
    public static bool IsList(object value) => value is IEnumerable and not string and not IDictionary and not IReadOnlyDictionary<string, object?>;

    /// <summary>The entries of a map-like external value, or null when it is not one.</summary>
    public static IReadOnlyDictionary<string, object?>? AsMap(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary map => map.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => map[k], StringComparer.Ordinal),
        _ => null,
    };

    private static bool TryCoerceObject(object value, InputObjectType input, out object? coerced)
    {
        coerced = null;
        if (AsMap(value) is not { } map)
        {
            return false;
        }

        foreach (var key in map.Keys)
        {
            if (input.GetField(key) is null)
            {
                return false;
            }
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
                    fields[field.Name] = field.DefaultValue;
                }
            }
            else
            {
                if (!TryCoerce(fieldValue, field.Type, out var coercedField))
                {
                    return false;
                }

                fields[field.Name] = coercedField;
            }
        }

        if (input.IsOneOf && (map.Count != 1 || fields.Count != 1 || fields.Values.First() is null))
        {
            return false;
        }

        coerced = input.CreateValue(fields);
        return true;
    }

    private static void ValidateObject(object value, InputObjectType input, Action<string, IReadOnlyList<object>> onError, bool hideSuggestions, List<object> path)
    {
        if (AsMap(value) is not { } map)
        {
            onError($"Expected value of type \"{input.Name}\" to be an object, found: {Inspect(value)}.", [.. path]);
            return;
        }

        foreach (var field in input.Fields)
        {
            if (!map.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.IsRequired)
                {
                    onError($"Expected value of type \"{input.Name}\" to include required field \"{field.Name}\", found: {Inspect(value)}.", [.. path]);
                }

                continue;
            }

            path.Add(field.Name);
            Validate(fieldValue, true, field.Type, onError, hideSuggestions, path);
            path.RemoveAt(path.Count - 1);
        }

        var known = new List<string>();
        foreach (var key in map.Keys)
        {
            if (input.GetField(key) is null)
            {
                var suggestion = hideSuggestions ? string.Empty : DidYouMean(Suggest(key, input.Fields.Select(f => f.Name)));
                var found = suggestion.Length > 0 ? $".{suggestion} Found" : ", found";
                onError($"Expected value of type \"{input.Name}\" not to include unknown field \"{key}\"{found}: {Inspect(value)}.", [.. path]);
                continue;
            }

            known.Add(key);
        }

        if (input.IsOneOf)
        {
            if (known.Count != 1)
            {
                onError(OneOfMessage(input), [.. path]);
            }

            if (known.Count > 0 && map[known[0]] is null)
            {
                onError(OneOfMessage(input), [.. path, known[0]]);
            }
        }
    }

    /// <summary>The OneOf violation message of graphql-js 17.</summary>
    public static string OneOfMessage(InputObjectType input) =>
        $"Within OneOf Input Object type \"{input.Name}\", exactly one field must be specified, and the value for that field must be non-null.";

    private static bool TryLeaf(Func<object?> parse, out object? coerced)
    {
        try
        {
            coerced = parse();
            return true;
        }
        catch (CoercionException)
        {
            coerced = null;
            return false;
        }
    }

    private static void ValidateLeaf(Func<object?> parse, object value, GraphQLType type, Action<string, IReadOnlyList<object>> onError, List<object> path)
    {
        try
        {
            parse();
        }
        catch (CoercionException error)
        {
            onError(error.Message, [.. path]);
        }
        catch (Exception error) when (error is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            onError($"Expected value of type \"{type}\", but encountered error \"{error.Message}\"; found: {Inspect(value)}.", [.. path]);
        }
    }
}
