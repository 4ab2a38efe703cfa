using System.Text.Json;

namespace Hamahang.GraphQL.Execution.Values;

/// <summary>Reads JSON values as the external values input coercion takes (string, int/long/double, bool, null, lists, maps).</summary>
public static class JsonValues
{
    /// <summary>
    /// The value of <paramref name="element"/>: numbers as <see cref="int"/> when they fit, else <see cref="long"/>,
    /// else <see cref="double"/>.
    /// </summary>
    /// <param name="element">A JSON value.</param>
    public static object? ToObject(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt32(out var i) ? i : element.TryGetInt64(out var l) ? (object)l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(ToObject).ToList(),
        JsonValueKind.Object => ToMap(element),
        _ => null,
    };

    /// <summary>The entries of a JSON object, in order; the last of duplicate names wins.</summary>
    /// <param name="element">A JSON object.</param>
    public static Dictionary<string, object?> ToMap(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = ToObject(property.Value);
        }

        return map;
    }

    /// <summary>The variables with every <see cref="JsonElement"/> (at any depth of the top level) read as plain values.</summary>
    /// <param name="variables">The request's variables, or null.</param>
    internal static IReadOnlyDictionary<string, object?>? Normalize(IReadOnlyDictionary<string, object?>? variables)
    {
        if (variables is null)
        {
            return null;
        }

        var hasJson = false;
        foreach (var value in variables.Values)
        {
            hasJson |= value is JsonElement;
        }

        if (!hasJson)
        {
            return variables;
        }

        var normalized = new Dictionary<string, object?>(variables.Count, StringComparer.Ordinal);
        foreach (var (name, value) in variables)
        {
            normalized[name] = value is JsonElement element ? ToObject(element) : value;
        }

        return normalized;
    }
}
