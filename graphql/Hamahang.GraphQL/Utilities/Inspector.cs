using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Hamahang.GraphQL.Utilities;

/// <summary>
/// Formats a value for an error message the way graphql-js's <c>inspect</c> does: strings as JSON,
/// numbers as JavaScript prints them, lists as <c>[1, 2]</c>, objects as <c>{ a: 1 }</c>, types by name.
/// </summary>
public static class Inspector
{
    private const int MaxRecursiveDepth = 2;
    private const int MaxArrayLength = 10;

    /// <summary>Formats <paramref name="value"/> as graphql-js's <c>inspect</c>.</summary>
    /// <param name="value">Any value.</param>
    public static string Inspect(object? value) => Format(value, 0);

    /// <summary>Formats a number as JavaScript's <c>String(number)</c>.</summary>
    /// <param name="value">The number.</param>
    public static string FormatNumber(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == Math.Floor(value) && Math.Abs(value) < 1e21)
        {
            return value.ToString("0", CultureInfo.InvariantCulture);
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return text;
        }

        var mantissa = text[..e];
        var exponent = int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture);
        if (exponent is >= -7 and < 21)
        {
            return decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        }

        return mantissa + "e" + (exponent >= 0 ? "+" : "-") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
    }

    private static string Format(object? value, int depth) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s),
        bool b => b ? "true" : "false",
        char c => JsonSerializer.Serialize(c.ToString()),
        double d => FormatNumber(d),
        float f => FormatNumber(f),
        decimal m => FormatNumber((double)m),
        byte or sbyte or short or ushort or int or uint or long or ulong => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        Enum e => e.ToString(),
        Types.GraphQLType t => t.ToString(),
        JsonElement json => FormatJson(json, depth),
        IDictionary dictionary => FormatObject(dictionary.Keys.Cast<object>().Select(k => (k.ToString()!, dictionary[k])).ToList(), depth),
        IEnumerable list => FormatArray(list.Cast<object?>().ToList(), depth),
        _ => FormatOther(value, depth),
    };

    private static string FormatJson(JsonElement json, int depth) => json.ValueKind switch
    {
        JsonValueKind.Object => FormatObject(json.EnumerateObject().Select(p => (p.Name, (object?)p.Value)).ToList(), depth),
        JsonValueKind.Array => FormatArray(json.EnumerateArray().Select(e => (object?)e).ToList(), depth),
        JsonValueKind.String => JsonSerializer.Serialize(json.GetString()),
        JsonValueKind.Number => FormatNumber(json.GetDouble()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    private static string FormatObject(List<(string Key, object? Value)> entries, int depth)
    {
        if (entries.Count == 0)
        {
            return "{}";
        }

        if (depth > MaxRecursiveDepth)
        {
            return "[Object]";
        }

        return "{ " + string.Join(", ", entries.Select(e => e.Key + ": " + Format(e.Value, depth + 1))) + " }";
    }

    private static string FormatArray(List<object?> items, int depth)
    {
        if (items.Count == 0)
        {
            return "[]";
        }

        if (depth > MaxRecursiveDepth)
        {
            return "[Array]";
        }

        var builder = new StringBuilder("[");
        var length = Math.Min(MaxArrayLength, items.Count);
        for (var i = 0; i < length; i++)
        {
            builder.Append(i == 0 ? string.Empty : ", ").Append(Format(items[i], depth + 1));
        }

        var remaining = items.Count - length;
        if (remaining > 0)
        {
            builder.Append(remaining == 1 ? ", ... 1 more item" : $", ... {remaining} more items");
        }

        return builder.Append(']').ToString();
    }

    private static string FormatOther(object value, int depth)
    {
        var properties = value.GetType().GetProperties().Where(p => p.CanRead && p.GetIndexParameters().Length == 0).ToList();
        if (properties.Count == 0)
        {
            return value.ToString() ?? "{}";
        }

        return FormatObject(properties.Select(p => (p.Name, p.GetValue(value))).ToList(), depth);
    }
}
