namespace Hamahang.GraphQL.Language;

public sealed partial class Parser
{
    // The list helpers of graphql-js's parser. Items are collected on one shared stack and copied
    // into an exact-size array at the end, so a list costs one allocation.

    /// <summary>open Item* close (zero or more items).</summary>
    private T[] Any<T>(TokenKind open, Func<Parser, T> parseItem, TokenKind close)
        where T : SyntaxNode
    {
        ExpectToken(open);
        var mark = _stack.Count;
        while (!ExpectOptionalToken(close))
        {
            _stack.Add(parseItem(this));
        }

        return Pop<T>(mark);
    }

    /// <summary>open Item+ close (one or more items).</summary>
    private T[] Many<T>(TokenKind open, Func<Parser, T> parseItem, TokenKind close)
        where T : SyntaxNode
    {
        ExpectToken(open);
        return ManyAfterOpen(parseItem, close);
    }

    /// <summary>(open Item+ close)? (empty when the open token is absent).</summary>
    private T[] OptionalMany<T>(TokenKind open, Func<Parser, T> parseItem, TokenKind close)
        where T : SyntaxNode =>
        ExpectOptionalToken(open) ? ManyAfterOpen(parseItem, close) : [];

    /// <summary>delimiter? Item (delimiter Item)*</summary>
    private T[] DelimitedMany<T>(TokenKind delimiter, Func<Parser, T> parseItem)
        where T : SyntaxNode
    {
        ExpectOptionalToken(delimiter);
        var mark = _stack.Count;
        do
        {
            _stack.Add(parseItem(this));
        }
        while (ExpectOptionalToken(delimiter));

        return Pop<T>(mark);
    }

    private T[] ManyAfterOpen<T>(Func<Parser, T> parseItem, TokenKind close)
        where T : SyntaxNode
    {
        var mark = _stack.Count;
        do
        {
            _stack.Add(parseItem(this));
        }
        while (!ExpectOptionalToken(close));

        return Pop<T>(mark);
    }

    private T[] Pop<T>(int mark)
        where T : SyntaxNode
    {
        var count = _stack.Count - mark;
        if (count == 0)
        {
            return [];
        }

        var items = new T[count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = (T)_stack[mark + i];
        }

        _stack.RemoveRange(mark, count);
        return items;
    }
}
