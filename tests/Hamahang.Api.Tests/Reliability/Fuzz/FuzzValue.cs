using System.Globalization;
using System.Text;

namespace Hamahang.Api.Tests.Reliability.Fuzz;

/// <summary>An enum value in a generated input (a bare name in GraphQL, a string in JSON).</summary>
internal sealed record EnumName(string Name);

/// <summary>
/// Writes a generated value (null, bool, long, double, string, <see cref="EnumName"/>, lists, maps) as a GraphQL
/// literal or as JSON. Written by hand, so a lone surrogate or NUL goes out exactly as an attacker would send it
/// (as a <c>\uXXXX</c> escape), which no serializer would produce.
/// </summary>
internal static class FuzzValue
{
    public static string Literal(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        string s => Quote(s),
        EnumName e => e.Name,
        IReadOnlyList<object?> list => "[" + string.Join(", ", list.Select(Literal)) + "]",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Select(p => p.Key + ": " + Literal(p.Value))) + "}",
        _ => throw new ArgumentException($"Not a value: {value}", nameof(value)),
    };

    public static string Json(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        string s => Quote(s),
        EnumName e => Quote(e.Name),
        IReadOnlyList<object?> list => "[" + string.Join(",", list.Select(Json)) + "]",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(",", map.Select(p => Quote(p.Key) + ":" + Json(p.Value))) + "}",
        _ => throw new ArgumentException($"Not a value: {value}", nameof(value)),
    };

    /// <summary>A string quoted for JSON and GraphQL alike: controls, quotes, backslashes and every surrogate escaped.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\')
            {
                quoted.Append('\\').Append(c);
            }
            else if (c < 0x20 || char.IsSurrogate(c))
            {
                quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                quoted.Append(c);
            }
        }

        return quoted.Append('"').ToString();
    }
}
