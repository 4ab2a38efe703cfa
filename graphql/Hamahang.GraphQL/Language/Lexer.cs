using System.Runtime.CompilerServices;

namespace Hamahang.GraphQL.Language;

/// <summary>
/// Reads the lexical tokens of a document one at a time, skipping ignored tokens (white space,
/// line terminators, commas, comments and the byte order mark). The current token is described by
/// <see cref="Kind"/>, <see cref="Start"/> and <see cref="End"/>; values are read on demand, so a
/// token costs no allocation. Errors are worded as graphql-js words them.
/// See https://spec.graphql.org/September2025/#sec-Language.Source-Text .
/// </summary>
internal partial struct Lexer
{
    private readonly Source _source;
    private readonly string _body;
    private readonly bool _coordinates;

    public Lexer(Source source, bool coordinates = false)
    {
        _source = source;
        _body = source.Body;
        _coordinates = coordinates;
        Kind = TokenKind.StartOfFile;
    }

    /// <summary>The current token's kind.</summary>
    public TokenKind Kind { get; private set; }

    /// <summary>The offset of the current token's first character.</summary>
    public int Start { get; private set; }

    /// <summary>The offset just after the current token.</summary>
    public int End { get; private set; }

    /// <summary>The offset just after the previous token (where a node that ended there ends).</summary>
    public int PreviousEnd { get; private set; }

    /// <summary>Whether the current string token has escape sequences (so its value is not a plain slice).</summary>
    private bool HasEscapes { get; set; }

    /// <summary>The current token's text (for a name or number, its value).</summary>
    public readonly ReadOnlySpan<char> Text => _body.AsSpan(Start, End - Start);

    /// <summary>Whether the current token is the name <paramref name="keyword"/>.</summary>
    public readonly bool IsKeyword(string keyword) =>
        Kind == TokenKind.Name && Text.SequenceEqual(keyword);

    /// <summary>Moves to the next token.</summary>
    public void Advance()
    {
        PreviousEnd = End;
        if (Kind == TokenKind.EndOfFile)
        {
            return;
        }

        if (_coordinates)
        {
            ReadCoordinateToken(End);
        }
        else
        {
            ReadToken(End);
        }
    }

    /// <summary>The token after the current one, without moving to it.</summary>
    public readonly Lexer Peek()
    {
        var next = this;
        next.Advance();
        return next;
    }

    /// <summary>The current token's value, as graphql-js's token value (null for punctuators).</summary>
    public readonly string? Value => Kind switch
    {
        TokenKind.String => StringValue(),
        TokenKind.BlockString => BlockStringValue(),
        TokenKind.Name or TokenKind.Int or TokenKind.Float => Text.ToString(),
        _ => null,
    };

    /// <summary>Describes the current token as graphql-js does in messages: <c>Name "foo"</c>, <c>"{"</c>, <c>&lt;EOF&gt;</c>.</summary>
    public readonly string Describe()
    {
        var value = Value;
        return value is null ? TokenKinds.Describe(Kind) : $"{TokenKinds.Describe(Kind)} \"{value}\"";
    }

    /// <summary>A syntax error at an offset of this lexer's document.</summary>
    public readonly GraphQLSyntaxException Error(int position, string description) =>
        new(_source, position, description);

    private void ReadToken(int position)
    {
        var body = _body;
        while ((uint)position < (uint)body.Length)
        {
            var c = body[position];
            switch (c)
            {
                case ' ':
                    // Indentation comes in runs; a tight loop skips them faster than the switch.
                    do
                    {
                        position++;
                    }
                    while ((uint)position < (uint)body.Length && body[position] == ' ');
                    continue;
                case '\uFEFF' or '\t' or ',' or '\n' or '\r':
                    position++;
                    continue;
                case '#':
                    position = SkipComment(position + 1);
                    continue;
                case '!': SetToken(TokenKind.Bang, position, position + 1); return;
                case '$': SetToken(TokenKind.Dollar, position, position + 1); return;
                case '&': SetToken(TokenKind.Amp, position, position + 1); return;
                case '(': SetToken(TokenKind.ParenL, position, position + 1); return;
                case ')': SetToken(TokenKind.ParenR, position, position + 1); return;
                case ':': SetToken(TokenKind.Colon, position, position + 1); return;
                case '=': SetToken(TokenKind.Equal, position, position + 1); return;
                case '@': SetToken(TokenKind.At, position, position + 1); return;
                case '[': SetToken(TokenKind.BracketL, position, position + 1); return;
                case ']': SetToken(TokenKind.BracketR, position, position + 1); return;
                case '{': SetToken(TokenKind.BraceL, position, position + 1); return;
                case '|': SetToken(TokenKind.Pipe, position, position + 1); return;
                case '}': SetToken(TokenKind.BraceR, position, position + 1); return;
                case '.':
                    ReadSpread(position);
                    return;
                case '"':
                    if (CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
                    {
                        ReadBlockString(position);
                    }
                    else
                    {
                        ReadString(position);
                    }

                    return;
            }

            if (IsNameStart(c))
            {
                ReadName(position);
                return;
            }

            if (char.IsAsciiDigit(c) || c == '-')
            {
                ReadNumber(position, c);
                return;
            }

            throw UnexpectedCharacter(position);
        }

        SetToken(TokenKind.EndOfFile, body.Length, body.Length);
    }

    private void ReadSpread(int position)
    {
        var next = CharAt(position + 1);
        if (next == '.' && CharAt(position + 2) == '.')
        {
            SetToken(TokenKind.Spread, position, position + 3);
            return;
        }

        if (next == '.')
        {
            throw Error(position, "Unexpected \"..\", did you mean \"...\"?");
        }

        if (next is >= '0' and <= '9')
        {
            var digitsEnd = position + 2;
            while (CharAt(digitsEnd) is >= '0' and <= '9')
            {
                digitsEnd++;
            }

            var digits = _body[(position + 1)..digitsEnd];
            throw Error(position, $"Invalid number, expected digit before \".\", did you mean \"0.{digits}\"?");
        }

        throw UnexpectedCharacter(position);
    }

    // Comment :: # CommentChar* ; ends at a line terminator or at a character that is not a
    // Unicode scalar value (which the main loop then reports).
    private readonly int SkipComment(int position)
    {
        var body = _body;
        while ((uint)position < (uint)body.Length)
        {
            var c = body[position];
            if (c == '\n' || c == '\r')
            {
                break;
            }

            var length = SourceCharacterLength(position);
            if (length == 0)
            {
                break;
            }

            position += length;
        }

        return position;
    }

    /// <summary>The hash of the current name token (see <see cref="NameCache"/>).</summary>
    public uint NameHash { get; private set; }

    // Name :: NameStart NameContinue* [lookahead != NameContinue]
    private void ReadName(int start)
    {
        var body = _body;
        var position = start + 1;
        while ((uint)position < (uint)body.Length && IsNameContinue(body[position]))
        {
            position++;
        }

        NameHash = NameCache.Hash(body, start, position - start);
        SetToken(TokenKind.Name, start, position);
    }

    private void SetToken(TokenKind kind, int start, int end)
    {
        Kind = kind;
        Start = start;
        End = end;
    }

    /// <summary>The UTF-16 code unit at an offset, or -1 past the end (JavaScript's NaN).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int CharAt(int position) =>
        (uint)position < (uint)_body.Length ? _body[position] : -1;

    // SourceCharacter :: any Unicode scalar value: how many UTF-16 code units the one at position takes (1, or 2 for a
    // surrogate pair), or 0 when a lone surrogate stands there, which is not a scalar value.
    private readonly int SourceCharacterLength(int position) =>
        !char.IsSurrogate(_body[position]) ? 1 : IsSurrogatePairAt(position) ? 2 : 0;

    private readonly bool IsSurrogatePairAt(int position) =>
        char.IsHighSurrogate(_body[position]) && CharAt(position + 1) is >= 0xDC00 and <= 0xDFFF;

    internal static bool IsNameStart(int c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_';

    internal static bool IsNameContinue(int c) => IsNameStart(c) || (uint)(c - '0') <= 9;

    private readonly GraphQLSyntaxException UnexpectedCharacter(int position)
    {
        var c = _body[position];
        if (c == '\'')
        {
            return Error(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        return !char.IsSurrogate(c) || IsSurrogatePairAt(position)
            ? Error(position, $"Unexpected character: {PrintCodePointAt(position)}.")
            : Error(position, $"Invalid character: {PrintCodePointAt(position)}.");
    }

    /// <summary>A character as graphql-js prints it in messages: <c>"a"</c>, <c>'"'</c>, <c>U+00A0</c>, <c>&lt;EOF&gt;</c>.</summary>
    private readonly string PrintCodePointAt(int position)
    {
        if ((uint)position >= (uint)_body.Length)
        {
            return "<EOF>";
        }

        int code = _body[position];
        if (IsSurrogatePairAt(position))
        {
            code = char.ConvertToUtf32(_body[position], _body[position + 1]);
        }

        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }

        return "U+" + code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }
}
