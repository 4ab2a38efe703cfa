using System.Linq.Expressions;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Data;

/// <content>Cursor (keyset) and offset pages.</content>
internal sealed partial class DataPipeline<T>
{
    /// <summary>A keyset page: its rows with their keys, and the count of the filtered rows when <c>totalCount</c> is selected.</summary>
    private sealed class CursorPlan(PagingArguments paging, IReadOnlyList<SortKey> keys, CursorCodec codec, PreparedTree rows, PreparedTree? count)
        : PagePlan
    {
        public static CursorPlan Prepare(
            IResolverContext context,
            ParameterExpression source,
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
            var rows = QueryableCalls.Select(query, KeyedRow.Selector(keys, projection));
            var count = Selected(selection, "totalCount") ? new PreparedTree(source, filtered.Expression) : null;
            return new CursorPlan(paging, keys, codec, new PreparedTree(source, rows.Expression), count);
        }

        public override async ValueTask<object?> RunAsync(IResolverContext context, IQueryExecutor executor, IQueryable<T> source)
        {
            var read = await executor.ToListAsync(new PreparedQuery<KeyedRow<T>>(source, rows), context.RequestAborted).ConfigureAwait(false);
            int? total = count is null ? null : await executor.CountAsync(new PreparedQuery<T>(source, count), context.RequestAborted).ConfigureAwait(false);
            return paging.ToConnection(read, keys, codec, total);
        }
    }

    /// <summary>An offset page: one row more than it takes, to know whether more follow, and the count when selected.</summary>
    private sealed class OffsetPlan(int skip, int take, PreparedTree items, PreparedTree? count) : PagePlan
    {
        public static OffsetPlan Prepare(
            IResolverContext context,
            ParameterExpression source,
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
            var count = Selected(selection, "totalCount") ? new PreparedTree(source, filtered.Expression) : null;
            return new OffsetPlan(skip, take, new PreparedTree(source, Project(query, projection).Expression), count);
        }

        public override async ValueTask<object?> RunAsync(IResolverContext context, IQueryExecutor executor, IQueryable<T> source)
        {
            var rows = await executor.ToListAsync(new PreparedQuery<T>(source, items), context.RequestAborted).ConfigureAwait(false);
            var hasMore = rows.Count > take;
            if (hasMore)
            {
                rows.RemoveAt(rows.Count - 1);
            }

            int? total = count is null ? null : await executor.CountAsync(new PreparedQuery<T>(source, count), context.RequestAborted).ConfigureAwait(false);
            return new CollectionSegment(rows.Cast<object?>().ToList(), new CollectionSegmentInfo(hasMore, skip > 0), total);
        }
    }
}
