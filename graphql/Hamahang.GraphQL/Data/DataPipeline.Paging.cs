using System.Linq.Expressions;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Data;

/// <content>Cursor (keyset) and offset pages.</content>
internal sealed partial class DataPipeline<T>
{
    /// <summary>
    /// What a page is built from: the placeholder for the resolver's query, the filtered query over it, the order, the
    /// projection and the selection.
    /// </summary>
    private sealed record PageParts(
        IResolverContext Context,
        ParameterExpression Source,
        IQueryable<T> Filtered,
        IReadOnlyList<SortKey> Keys,
        Expression<Func<T, T>>? Projection,
        SelectedField Selection)
    {
        /// <summary>The count of the filtered rows, kept when <c>totalCount</c> is selected.</summary>
        public PreparedTree? Count => Selected(Selection, "totalCount") ? new PreparedTree(Source, Filtered.Expression) : null;
    }

    /// <summary>A page whose filtered rows are counted when <c>totalCount</c> is selected.</summary>
    private abstract class CountedPlan(PreparedTree? count) : PagePlan
    {
        protected async ValueTask<int?> CountAsync(IResolverContext context, IQueryExecutor executor, IQueryable<T> source) =>
            count is null ? null : await executor.CountAsync(new PreparedQuery<T>(source, count), context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>A keyset page: its rows with their keys, and the count of the filtered rows when <c>totalCount</c> is selected.</summary>
    private sealed class CursorPlan(PagingArguments paging, IReadOnlyList<SortKey> keys, CursorCodec codec, PreparedTree rows, PreparedTree? count)
        : CountedPlan(count)
    {
        public static CursorPlan Prepare(PageParts parts)
        {
            var options = PagingOptions.From(parts.Context.Services);
            var codec = new CursorCodec(options.CursorKey);
            var paging = PagingArguments.Read(parts.Context, options);
            var query = parts.Filtered;
            foreach (var between in paging.Between<T>(parts.Keys, codec))
            {
                query = QueryableCalls.Where(query, between);
            }

            query = QueryableCalls.Take(SortExpressionBuilder.Apply(query, paging.ReadOrder(parts.Keys)), paging.Size + 1);
            var rows = QueryableCalls.Select(query, KeyedRow.Selector(parts.Keys, parts.Projection));
            return new CursorPlan(paging, parts.Keys, codec, new PreparedTree(parts.Source, rows.Expression), parts.Count);
        }

        public override async ValueTask<object?> RunAsync(IResolverContext context, IQueryExecutor executor, IQueryable<T> source)
        {
            var read = await executor.ToListAsync(new PreparedQuery<KeyedRow<T>>(source, rows), context.RequestAborted).ConfigureAwait(false);
            var total = await CountAsync(context, executor, source).ConfigureAwait(false);
            return paging.ToConnection(read, keys, codec, total);
        }
    }

    /// <summary>An offset page: one row more than it takes, to know whether more follow, and the count when selected.</summary>
    private sealed class OffsetPlan(int skip, int take, PreparedTree items, PreparedTree? count) : CountedPlan(count)
    {
        public static OffsetPlan Prepare(PageParts parts)
        {
            var context = parts.Context;
            var options = PagingOptions.From(context.Services);
            var skip = context.Arguments.GetValueOrDefault("skip") is { } s ? Convert.ToInt32(s, System.Globalization.CultureInfo.InvariantCulture) : 0;
            if (skip < 0)
            {
                throw new DataException("\"skip\" cannot be negative.");
            }

            var take = PagingArguments.ReadCount(context, "take", options) ?? options.DefaultPageSize;
            var query = QueryableCalls.Take(QueryableCalls.Skip(SortExpressionBuilder.Apply(parts.Filtered, parts.Keys), skip), take + 1);
            return new OffsetPlan(skip, take, new PreparedTree(parts.Source, Project(query, parts.Projection).Expression), parts.Count);
        }

        public override async ValueTask<object?> RunAsync(IResolverContext context, IQueryExecutor executor, IQueryable<T> source)
        {
            var rows = await executor.ToListAsync(new PreparedQuery<T>(source, items), context.RequestAborted).ConfigureAwait(false);
            var hasMore = rows.Count > take;
            if (hasMore)
            {
                rows.RemoveAt(rows.Count - 1);
            }

            var total = await CountAsync(context, executor, source).ConfigureAwait(false);
            return new CollectionSegment(rows.Cast<object?>().ToList(), new CollectionSegmentInfo(hasMore, skip > 0), total);
        }
    }
}
