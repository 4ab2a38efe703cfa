using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
        var mark = _stackCount;
        while (!ExpectOptionalToken(close))
        {
            Push(parseItem(this));
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
        var mark = _stackCount;
        do
        {
            Push(parseItem(this));
        }
        while (ExpectOptionalToken(delimiter));

        return Pop<T>(mark);
    }

    private T[] ManyAfterOpen<T>(Func<Parser, T> parseItem, TokenKind close)
        where T : SyntaxNode
    {
        var mark = _stackCount;
        do
        {
            Push(parseItem(this));
        }
        while (!ExpectOptionalToken(close));

        return Pop<T>(mark);
    }

    private void Push(SyntaxNode node)
    {
        if (_stackCount == _stack.Length)
        {
            Array.Resize(ref _stack, _stack.Length * 2);
        }

        _stack[_stackCount++].Node = node;
    }

    private T[] Pop<T>(int mark)
        where T : SyntaxNode
    {
        var count = _stackCount - mark;
        if (count == 0)
        {
            return [];
        }

        // The parser pushed only T's since the mark, so the items need no cast nor covariance check.
        var items = new T[count];
        ref var first = ref MemoryMarshal.GetArrayDataReference(items);
        var slots = _stack.AsSpan(mark, count);
        for (var i = 0; i < slots.Length; i++)
        {
            Unsafe.Add(ref first, i) = Unsafe.As<T>(slots[i].Node);
            slots[i].Node = null!;
        }

        _stackCount = mark;
        return items;
    }

    /// <summary>A stack entry; an array of structs takes stores without the covariance check an array of nodes needs.</summary>
    private struct NodeSlot
    {
        public SyntaxNode Node;
    }
}
