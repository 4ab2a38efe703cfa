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
        var paging = PagingArguments.Read(context, options);
        var query = filtered;
        foreach (var between in paging.Between<T>(keys, codec))
        {
            query = QueryableCalls.Where(query, between);
        }

        query = QueryableCalls.Take(SortExpressionBuilder.Apply(query, paging.ReadOrder(keys)), paging.Size + 1);
        var rows = await executor.ToListAsync(QueryableCalls.Select(query, KeyedRow.Selector(keys, projection)), context.RequestAborted).ConfigureAwait(false);
        int? total = Selected(selection, "totalCount") ? await executor.CountAsync(filtered, context.RequestAborted).ConfigureAwait(false) : null;
        return paging.ToConnection(rows, keys, codec, total);
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

        var take = PagingArguments.ReadCount(context, "take", options) ?? options.DefaultPageSize;
        var query = QueryableCalls.Take(QueryableCalls.Skip(SortExpressionBuilder.Apply(filtered, keys), skip), take + 1);
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
