using System.Text;

namespace Hamahang.GraphQL.Language;

/// <summary>
/// Block strings: the value of a block string token (BlockStringValue()) and the printing of a
/// value as a block string, as graphql-js's blockString.ts does both.
/// See https://spec.graphql.org/September2025/#BlockStringValue() .
/// </summary>
public static class BlockString
{
    /// <summary>
    /// BlockStringValue(rawValue): splits the raw text between the quotes into lines, removes the
    /// common indentation of all lines but the first, drops leading and trailing blank lines,
    /// joins the lines with "\n" and unescapes <c>\"""</c>.
    /// </summary>
    /// <param name="raw">The text between the opening and closing <c>"""</c>.</param>
    public static string Dedent(ReadOnlySpan<char> raw)
    {
        if (raw.IndexOfAny('\n', '\r') < 0)
        {
            return LeadingWhitespace(raw) == raw.Length ? string.Empty : Unescape(raw);
        }

        var lines = SplitLines(raw);
        var commonIndent = int.MaxValue;
        var firstNonEmpty = -1;
        var lastNonEmpty = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = raw[lines[i]];
            var indent = LeadingWhitespace(line);
            if (indent == line.Length)
            {
                continue;
            }

            if (firstNonEmpty < 0)
            {
                firstNonEmpty = i;
            }

            lastNonEmpty = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstNonEmpty < 0)
        {
            return string.Empty;
        }

        var value = new StringBuilder(raw.Length);
        for (var i = firstNonEmpty; i <= lastNonEmpty; i++)
        {
            var line = raw[lines[i]];
            if (i != 0)
            {
                line = line[Math.Min(commonIndent, line.Length)..];
            }

            if (i != firstNonEmpty)
            {
                value.Append('\n');
            }

            value.Append(line);
        }

        return value.Replace("\\\"\"\"", "\"\"\"").ToString();
    }

    /// <summary>
    /// Prints a value as a block string the way graphql-js's <c>printBlockString</c> does: on one
    /// line when it fits, else with the value between a leading and a trailing line break,
    /// escaping <c>"""</c>.
    /// </summary>
    /// <param name="value">The string value.</param>
    public static string Print(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = SplitLines(escaped);
        var isSingleLine = lines.Count == 1;
        var forceLeadingNewLine = lines.Count > 1;
        for (var i = 1; i < lines.Count && forceLeadingNewLine; i++)
        {
            var line = escaped.AsSpan()[lines[i]];
            forceLeadingNewLine = line.Length == 0 || IsWhiteSpace(line[0]);
        }

        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewline
            || forceLeadingNewLine || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);

        var result = new StringBuilder(escaped.Length + 8).Append("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }

        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewline)
        {
            result.Append('\n');
        }

        return result.Append("\"\"\"").ToString();
    }

    private static List<Range> SplitLines(ReadOnlySpan<char> text)
    {
        var lines = new List<Range>();
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r')
            {
                continue;
            }

            lines.Add(lineStart..i);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            lineStart = i + 1;
        }

        lines.Add(lineStart..text.Length);
        return lines;
    }

    private static string Unescape(ReadOnlySpan<char> text) =>
        text.IndexOf("\\\"\"\"") < 0
            ? text.ToString()
            : text.ToString().Replace("\\\"\"\"", "\"\"\"", StringComparison.Ordinal);

    private static int LeadingWhitespace(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';
}
