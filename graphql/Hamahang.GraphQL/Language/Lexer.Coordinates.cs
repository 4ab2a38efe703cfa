namespace Hamahang.GraphQL.Language;

internal partial struct Lexer
{
    // The lexical grammar of schema coordinates: names and the punctuators . ( ) : @, with no
    // ignored tokens between them.
    // See https://spec.graphql.org/September2025/#sec-Schema-Coordinates .
    private void ReadCoordinateToken(int position)
    {
        if (position >= _body.Length)
        {
            SetToken(TokenKind.EndOfFile, _body.Length, _body.Length);
            return;
        }

        var c = _body[position];
        TokenKind? punctuator = c switch
        {
            '.' => TokenKind.Dot,
            '(' => TokenKind.ParenL,
            ')' => TokenKind.ParenR,
            ':' => TokenKind.Colon,
            '@' => TokenKind.At,
            _ => null,
        };
        if (punctuator is { } kind)
        {
            SetToken(kind, position, position + 1);
        }
        else if (IsNameStart(c))
        {
            ReadName(position);
        }
        else
        {
            throw Error(position, $"Invalid character: {PrintCodePointAt(position)}.");
        }
    }
}
