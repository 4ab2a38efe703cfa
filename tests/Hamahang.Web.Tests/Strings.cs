using System.Text.RegularExpressions;

namespace Hamahang.Web.Tests;

/// <summary>
/// The page's own string tables (web/js/strings/fa.js and en.js), read so that the tests find controls by the
/// labels a user reads, in either language, and a reworded label does not break them.
/// </summary>
public static partial class Strings
{
    public static IReadOnlyDictionary<string, string> Fa { get; } = Read("fa");

    public static IReadOnlyDictionary<string, string> En { get; } = Read("en");

    public static IReadOnlyDictionary<string, string> For(string lang) => lang == "en" ? En : Fa;

    /// <summary>The label <paramref name="key"/> with its <c>{name}</c> placeholders filled, numbers in Persian digits in the Persian table.</summary>
    public static string Format(this IReadOnlyDictionary<string, string> table, string key, params (string Name, object Value)[] values) =>
        values.Aggregate(table[key],
            (text, value) =>
            text.Replace("{" + value.Name + "}", Digits(table, Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture)!),
            StringComparison.Ordinal));

    private static string Digits(IReadOnlyDictionary<string, string> table, string text) =>
        ReferenceEquals(table, Fa) ? string.Concat(text.Select(c => c is >= '0' and <= '9' ? (char)('۰' + (c - '0')) : c)) : text;

    private static Dictionary<string, string> Read(string lang)
    {
        var path = Path.Combine(Repository.Web, "js", "strings", lang + ".js");
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match entry in Entry().Matches(File.ReadAllText(path)))
        {
            table[entry.Groups["key"].Value] = Regex.Unescape(entry.Groups["value"].Value);
        }

        return table.Count > 0 ? table : throw new InvalidDataException("No strings in " + path);
    }

    // 'key': 'value', or 'key': "value", one entry per line, as the tables are written.
    [GeneratedRegex("""^\s*'(?<key>[^']+)'\s*:\s*(?:'(?<value>(?:[^'\\]|\\.)*)'|"(?<value>(?:[^"\\]|\\.)*)")\s*,?\s*$""", RegexOptions.Multiline)]
    private static partial Regex Entry();
}
