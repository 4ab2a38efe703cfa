using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Hamahang.GraphQL.AspNetCore.Http;

/// <summary>
/// Reads the strings of a request's JSON exactly as sent. JSON allows a lone UTF-16 surrogate as an escape
/// (<c>"\ud83c"</c>, RFC 8259 section 8.2), which <see cref="JsonElement.GetString"/> refuses with an exception:
/// the document keeps it, so the lexer reports it as graphql-js does ("Invalid character within String: U+D83C."),
/// and every other parameter is refused with a coded error before it reaches the executor.
/// </summary>
internal static class JsonStrings
{
    /// <summary>A JSON string's value, lone surrogates kept as they were escaped.</summary>
    public static string Read(JsonElement value)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // The body was checked to be UTF-8, so the raw text reads; only an escape can be at fault.
            return Unescape(value.GetRawText());
        }
    }

    /// <summary>A JSON string's value; a <see cref="TransportException"/> naming the parameter when it holds a lone surrogate.</summary>
    public static string ReadWellFormed(JsonElement value, string parameter)
    {
        var text = Read(value);
        EnsureWellFormed(text, parameter);
        return text;
    }

    /// <summary>Checks every string and property name under <paramref name="value"/>, so no later stage meets a lone surrogate.</summary>
    public static void EnsureWellFormed(JsonElement value, string parameter)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                _ = ReadWellFormed(value, parameter);
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    EnsureWellFormed(item, parameter);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        throw LoneSurrogate(parameter);
                    }

                    EnsureWellFormed(property.Value, parameter);
                    _ = name;
                }

                break;
        }
    }

    /// <summary>Throws when <paramref name="text"/> holds a surrogate without its pair.</summary>
    public static void EnsureWellFormed(string text, string parameter)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                throw LoneSurrogate(parameter);
            }
        }
    }

    private static TransportException LoneSurrogate(string parameter) =>
        new($"The \"{parameter}\" parameter holds a lone UTF-16 surrogate (an unpaired \\uD800-\\uDFFF escape); strings must be well-formed Unicode.");

    // The raw text of a JSON string token (quotes included), unescaped by RFC 8259 section 7.
    private static string Unescape(string raw)
    {
        var text = new StringBuilder(raw.Length);
        for (var i = 1; i < raw.Length - 1; i++)
        {
            var c = raw[i];
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            c = raw[++i];
            switch (c)
            {
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'u':
                    text.Append((char)int.Parse(raw.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: text.Append(c); break;
            }
        }

        return text.ToString();
    }
}
