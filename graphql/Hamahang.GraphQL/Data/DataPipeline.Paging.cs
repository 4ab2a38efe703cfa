using System.Linq.Expressions;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Data;

/// <content>Cursor (keyset) and offset pages.</content>
internal sealed partial class DataPipeline<T>
{
    private static async ValueTask<Connection> CursorPageAsync(
        IResolverContext context,
        IQueryExecutor executor,
        IQueryable<T> filtered,
        IReadOnlyList<SortKey> keys,
        Expression<Func<T, T>>? projection,
        SelectedField selection)
    {
        var options = PagingOptions.From(context.Services);
        var codec = new CursorCodec(options.CursorKey);
        var first = ReadCount(context, "first", options);
        var last = ReadCount(context, "last", options);
        var after = context.Arguments.GetValueOrDefault("after") as string;
        var before = context.Arguments.GetValueOrDefault("before") as string;
        var backward = last is not null && first is null;
        var size = first ?? last ?? options.DefaultPageSize;
        var reversed = keys.Select(k => k.Reversed()).ToList();

        var query = filtered;
        if (after is not null)
        {
            query = query.Where(KeysetPredicate.After<T>(keys, codec.Decode(keys, after)));
        }

        if (before is not null)
        {
            query = query.Where(KeysetPredicate.After<T>(reversed, codec.Decode(keys, before)));
        }

        query = SortExpressionBuilder.Apply(query, backward ? reversed : keys).Take(size + 1);
        var rows = await executor.ToListAsync(query.Select(KeyedRow.Selector(keys, projection)), context.RequestAborted).ConfigureAwait(false);
        var hasMore = rows.Count > size;
        if (hasMore)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (backward)
        {
            rows.Reverse();
        }

        var edges = rows.Select(r => new Edge(codec.Encode(keys, r.Keys(keys.Count)), r.Item)).ToList();
        var pageInfo = new PageInfo(
            HasNextPage: backward ? before is not null : hasMore || before is not null,
            HasPreviousPage: backward ? hasMore || after is not null : after is not null,
            StartCursor: edges.Count > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Count > 0 ? edges[^1].Cursor : null);
        int? total = Selected(selection, "totalCount") ? await executor.CountAsync(filtered, context.RequestAborted).ConfigureAwait(false) : null;
        return new Connection(edges, pageInfo, total);
    }

    private static async ValueTask<CollectionSegment> OffsetPageAsync(
        IResolverContext context,
        IQueryExecutor executor,
        IQueryable<T> filtered,
        IReadOnlyList<SortKey> keys,
        Expression<Func<T, T>>? projection,
        SelectedField selection)
    {
        var options = PagingOptions.From(context.Services);
        var skip = context.Arguments.GetValueOrDefault("skip") is { } s ? Convert.ToInt32(s, System.Globalization.CultureInfo.InvariantCulture) : 0;
        if (skip < 0)
        {
            throw new DataException("\"skip\" cannot be negative.");
        }

        var take = ReadCount(context, "take", options) ?? options.DefaultPageSize;
        var query = SortExpressionBuilder.Apply(filtered, keys).Skip(skip).Take(take + 1);
        var items = await executor.ToListAsync(Project(query, projection), context.RequestAborted).ConfigureAwait(false);
        var hasMore = items.Count > take;
        if (hasMore)
        {
            items.RemoveAt(items.Count - 1);
        }

        int? total = Selected(selection, "totalCount") ? await executor.CountAsync(filtered, context.RequestAborted).ConfigureAwait(false) : null;
        return new CollectionSegment(items.Cast<object?>().ToList(), new CollectionSegmentInfo(hasMore, skip > 0), total);
    }
}
