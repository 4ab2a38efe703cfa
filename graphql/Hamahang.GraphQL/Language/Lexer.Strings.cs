using System.Buffers;

namespace Hamahang.GraphQL.Language;

internal partial struct Lexer
{
    /// <summary>Where a run of plain string characters stops (surrogates are looked for apart).</summary>
    private static readonly SearchValues<char> StringStops = SearchValues.Create("\"\\\n\r");

    // StringValue :: " StringCharacter* "
    // StringCharacter :: SourceCharacter but not " or \ or LineTerminator | \u EscapedUnicode | \ EscapedCharacter
    // See https://spec.graphql.org/September2025/#sec-String-Value .
    private void ReadString(int start)
    {
        var body = _body;
        var position = start + 1;
        var hasEscapes = false;
        Span<char> scratch = stackalloc char[2];
        while ((uint)position < (uint)body.Length)
        {
            // Plain characters are skipped in bulk (vectorized); the loop handles the rest one by one.
            var rest = body.AsSpan(position);
            var plain = rest.IndexOfAny(StringStops);
            var surrogate = (plain < 0 ? rest : rest[..plain]).IndexOfAnyInRange('\uD800', '\uDFFF');
            if (surrogate >= 0)
            {
                plain = surrogate;
            }
            else if (plain < 0)
            {
                position = body.Length;
                break;
            }

            position += plain;
            var c = body[position];
            if (c == '"')
            {
                SetToken(TokenKind.String, start, position + 1);
                HasEscapes = hasEscapes;
                return;
            }

            if (c == '\\')
            {
                hasEscapes = true;
                position += ReadEscape(position, scratch, out _);
                continue;
            }

            if (c == '\n' || c == '\r')
            {
                break;
            }

            position += StringCharacterLength(position);
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>The current string token's value, escapes resolved.</summary>
    private readonly string StringValue()
    {
        var length = End - Start - 2;
        if (!HasEscapes)
        {
            return _body.Substring(Start + 1, length);
        }

        // The value is never longer than the text between the quotes.
        char[]? rented = null;
        var buffer = length <= 512 ? stackalloc char[length] : (rented = ArrayPool<char>.Shared.Rent(length));
        var written = 0;
        var position = Start + 1;
        var chunkStart = position;
        var last = End - 1;
        while (position < last)
        {
            if (_body[position] != '\\')
            {
                position++;
                continue;
            }

            _body.AsSpan(chunkStart, position - chunkStart).CopyTo(buffer[written..]);
            written += position - chunkStart;
            position += ReadEscape(position, buffer[written..], out var escaped);
            written += escaped;
            chunkStart = position;
        }

        _body.AsSpan(chunkStart, last - chunkStart).CopyTo(buffer[written..]);
        written += last - chunkStart;
        var value = new string(buffer[..written]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return value;
    }

    /// <summary>Reads the escape sequence at a backslash, writes its value (one or two UTF-16 code units), and returns its length.</summary>
    private readonly int ReadEscape(int position, Span<char> value, out int written)
    {
        var next = CharAt(position + 1);
        if (next == 'u')
        {
            return CharAt(position + 2) == '{'
                ? ReadVariableWidthUnicodeEscape(position, value, out written)
                : ReadFixedWidthUnicodeEscape(position, value, out written);
        }

        value[0] = next switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => throw Error(position, $"Invalid character escape sequence: \"{Slice(position, position + 2)}\"."),
        };
        written = 1;
        return 2;
    }

    // EscapedUnicode :: { HexDigit+ } | HexDigit HexDigit HexDigit HexDigit
    private readonly int ReadVariableWidthUnicodeEscape(int position, Span<char> value, out int written)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = CharAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                written = WriteCodePoint(value, point);
                return size;
            }

            point = (point << 4) | ReadHexDigit(code);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + size)}\".");
    }

    private readonly int ReadFixedWidthUnicodeEscape(int position, Span<char> value, out int written)
    {
        var code = Read16BitHexCode(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            written = WriteCodePoint(value, code);
            return 6;
        }

        if (code is >= 0xD800 and <= 0xDBFF && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = Read16BitHexCode(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                value[0] = (char)code;
                value[1] = (char)trailing;
                written = 2;
                return 12;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + 6)}\".");
    }

    private readonly int Read16BitHexCode(int position) =>
        (ReadHexDigit(CharAt(position)) << 12)
        | (ReadHexDigit(CharAt(position + 1)) << 8)
        | (ReadHexDigit(CharAt(position + 2)) << 4)
        | ReadHexDigit(CharAt(position + 3));

    private static int ReadHexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private static bool IsUnicodeScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private static int WriteCodePoint(Span<char> value, int codePoint)
    {
        if (codePoint <= 0xFFFF)
        {
            value[0] = (char)codePoint;
            return 1;
        }

        codePoint -= 0x10000;
        value[0] = (char)(0xD800 + (codePoint >> 10));
        value[1] = (char)(0xDC00 + (codePoint & 0x3FF));
        return 2;
    }

    /// <summary>The body between two offsets, clamped to its end as JavaScript's <c>slice</c> clamps.</summary>
    private readonly string Slice(int start, int end) =>
        _body[Math.Min(start, _body.Length)..Math.Min(end, _body.Length)];

    // BlockString :: """ BlockStringCharacter* """
    // BlockStringCharacter :: SourceCharacter but not """ or \""" | \"""
    // See https://spec.graphql.org/September2025/#sec-String-Value .
    private void ReadBlockString(int start)
    {
        var body = _body;
        var position = start + 3;
        while ((uint)position < (uint)body.Length)
        {
            var c = body[position];
            if (c == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                SetToken(TokenKind.BlockString, start, position + 3);
                return;
            }

            if (c == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                position += 4;
            }
            else
            {
                position += StringCharacterLength(position);
            }
        }

        throw Error(position, "Unterminated string.");
    }

    // A string's SourceCharacter: its length in code units; a lone surrogate ends the document with an error.
    private readonly int StringCharacterLength(int position)
    {
        var length = SourceCharacterLength(position);
        return length != 0 ? length : throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
    }

    /// <summary>The current block string token's value: <c>\"""</c> unescaped, common indentation and blank first and last lines removed.</summary>
    private readonly string BlockStringValue() =>
        BlockString.Dedent(_body.AsSpan(Start + 3, End - Start - 6));
}
