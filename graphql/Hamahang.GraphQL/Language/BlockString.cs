using System.Buffers;
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

        // First pass: the common indentation (first line excluded) and the first and last non-blank lines.
        var commonIndent = int.MaxValue;
        int firstNonEmpty = -1, lastNonEmpty = -1;
        var lineStart = 0;
        for (var index = 0; NextLine(raw, ref lineStart, out var line); index++)
        {
            var indent = LeadingWhitespace(line);
            if (indent == line.Length)
            {
                continue;
            }

            if (firstNonEmpty < 0)
            {
                firstNonEmpty = index;
            }

            lastNonEmpty = index;
            if (index != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstNonEmpty < 0)
        {
            return string.Empty;
        }

        // Second pass: those lines, dedented, joined with "\n" (never longer than the raw text).
        char[]? rented = null;
        var buffer = raw.Length <= 512 ? stackalloc char[raw.Length] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        var written = 0;
        lineStart = 0;
        for (var index = 0; index <= lastNonEmpty && NextLine(raw, ref lineStart, out var line); index++)
        {
            if (index < firstNonEmpty)
            {
                continue;
            }

            if (index != 0)
            {
                line = line[Math.Min(commonIndent, line.Length)..];
            }

            if (index != firstNonEmpty)
            {
                buffer[written++] = '\n';
            }

            line.CopyTo(buffer[written..]);
            written += line.Length;
        }

        var value = Unescape(buffer[..written]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return value;
    }

    /// <summary>Reads the line that starts at <paramref name="position"/> (lines end at "\r\n", "\n" or "\r") and moves past it.</summary>
    private static bool NextLine(ReadOnlySpan<char> text, ref int position, out ReadOnlySpan<char> line)
    {
        if (position > text.Length)
        {
            line = default;
            return false;
        }

        var rest = text[position..];
        var end = rest.IndexOfAny('\n', '\r');
        if (end < 0)
        {
            line = rest;
            position = text.Length + 1;
            return true;
        }

        line = rest[..end];
        position += end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1);
        return true;
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
