using System.Linq.Expressions;
using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// A connection field's <c>first after last before</c> as one page asks for them (HotChocolate's <c>PagingArguments</c>),
/// checked against <see cref="PagingOptions"/>, and the slicing of the rows read for that page into a <see cref="Connection"/>.
/// The root pipeline and the batched page loader (<see cref="BatchPageQuery{TRow, TKey, T}"/>) read pages with it alike.
/// See https://relay.dev/graphql/connections.htm#sec-Pagination-algorithm.
/// </summary>
internal sealed class PagingArguments
{
    private PagingArguments(int size, bool backward, string? after, string? before)
    {
        Size = size;
        Backward = backward;
        After = after;
        Before = before;
    }

    /// <summary>How many edges the page holds at most (one more row is read to know whether there are more).</summary>
    public int Size { get; }

    /// <summary>True when the page is counted from its end (<c>last</c> without <c>first</c>).</summary>
    public bool Backward { get; }

    /// <summary>The cursor the page starts after.</summary>
    public string? After { get; }

    /// <summary>The cursor the page ends before.</summary>
    public string? Before { get; }

    /// <summary>The paging arguments of the field <paramref name="context"/> resolves.</summary>
    /// <exception cref="DataException">A count is negative or larger than the maximum page.</exception>
    public static PagingArguments Read(IResolverContext context, PagingOptions options)
    {
        var first = ReadCount(context, "first", options);
        var last = ReadCount(context, "last", options);
        return new PagingArguments(
            first ?? last ?? options.DefaultPageSize,
            last is not null && first is null,
            context.Arguments.GetValueOrDefault("after") as string,
            context.Arguments.GetValueOrDefault("before") as string);
    }

    /// <summary>A <c>take</c>-style count argument: absent, or between 0 and the maximum page.</summary>
    public static int? ReadCount(IResolverContext context, string name, PagingOptions options)
    {
        if (context.Arguments.GetValueOrDefault(name) is not { } value)
        {
            return null;
        }

        var count = Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
        if (count < 0)
        {
            throw new DataException($"\"{name}\" cannot be negative.", ErrorCodes.MinPaginationItems);
        }

        if (count > options.MaxPageSize)
        {
            throw new DataException(
                $"The maximum allowed items per page were exceeded: \"{name}\" is {count}, at most {options.MaxPageSize}.", ErrorCodes.MaxPaginationItems);
        }

        return count;
    }

    /// <summary>The predicates that keep the rows between the cursors (none, one or two).</summary>
    public IEnumerable<Expression<Func<T, bool>>> Between<T>(IReadOnlyList<SortKey> keys, CursorCodec codec)
    {
        if (After is not null)
        {
            yield return KeysetPredicate.After<T>(keys, codec.Decode(keys, After));
        }

        if (Before is not null)
        {
            yield return KeysetPredicate.After<T>(Reversed(keys), codec.Decode(keys, Before));
        }
    }

    /// <summary>The order the rows are read in: <paramref name="keys"/>, reversed when paging backwards.</summary>
    public IReadOnlyList<SortKey> ReadOrder(IReadOnlyList<SortKey> keys) => Backward ? Reversed(keys) : keys;

    /// <summary>
    /// The connection of the rows read in <see cref="ReadOrder"/> (at most <see cref="Size"/> + 1 of them): the extra row
    /// only tells that more exist; backwards pages are turned into the order's direction.
    /// </summary>
    public Connection ToConnection<T>(List<KeyedRow<T>> rows, IReadOnlyList<SortKey> keys, CursorCodec codec, int? totalCount)
    {
        var hasMore = rows.Count > Size;
        if (hasMore)
        {
            rows.RemoveRange(Size, rows.Count - Size);
        }

        if (Backward)
        {
            rows.Reverse();
        }

        var cursors = new PageCursors(codec, keys);
        var edges = new Edge[rows.Count];
        for (var i = 0; i < edges.Length; i++)
        {
            edges[i] = new Edge(rows[i].Item, rows[i], cursors);
        }

        var pageInfo = new PageInfo(
            hasNextPage: Backward ? Before is not null : hasMore || Before is not null,
            hasPreviousPage: Backward ? hasMore || After is not null : After is not null,
            edges);
        return new Connection(edges, pageInfo, totalCount);
    }

    private static List<SortKey> Reversed(IReadOnlyList<SortKey> keys) => [.. keys.Select(k => k.Reversed())];
}
