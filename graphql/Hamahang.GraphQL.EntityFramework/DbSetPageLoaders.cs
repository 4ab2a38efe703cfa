using System.Linq.Expressions;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Execution.DataLoaders;
using Hamahang.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.GraphQL.EntityFramework;

/// <summary>
/// Nested connections batched per level: the request's loader of the pages of a <see cref="UsePagingAttribute"/> field for
/// every parent of one list, read by <see cref="BatchPageQuery{TRow, TKey, T}"/> in one query (and one count when
/// <c>totalCount</c> is selected) on a context of its own from the pooled factory. A page of 50 districts asking for their
/// sites' first page costs one command, not 50.
/// </summary>
public static class DbSetPageLoaders
{
    /// <summary>The request's page loader of the field <paramref name="context"/> resolves, whose rows are the items.</summary>
    /// <typeparam name="TContext">The context holding the rows.</typeparam>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TKey">The parent key.</typeparam>
    /// <param name="context">The resolver context (the executor's).</param>
    /// <param name="name">The loader's name, the field's coordinate (<c>District.sites</c>).</param>
    /// <param name="rows">The rows the caller may read, for all parents (the read policy applied).</param>
    /// <param name="key">The parent key of an item, e.g. <c>s =&gt; s.DistrictId</c>.</param>
    /// <param name="fallbackOrder">The order when the client gives none (the primary key is added).</param>
    public static BatchDataLoader<TKey, Page<T>> PagesBy<TContext, T, TKey>(
        this IResolverContext context,
        string name,
        Func<TContext, IQueryable<T>> rows,
        Expression<Func<T, TKey>> key,
        IReadOnlyList<SortKey>? fallbackOrder = null)
        where TContext : DbContext
        where T : class
        where TKey : notnull =>
        context.PagesBy(name, rows, key, x => x, fallbackOrder);

    /// <summary>The request's page loader of the field <paramref name="context"/> resolves, whose rows join items to parents.</summary>
    /// <typeparam name="TContext">The context holding the rows.</typeparam>
    /// <typeparam name="TRow">The joining row (a meeting's district).</typeparam>
    /// <typeparam name="TKey">The parent key.</typeparam>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="context">The resolver context (the executor's).</param>
    /// <param name="name">The loader's name, the field's coordinate (<c>District.meetings</c>).</param>
    /// <param name="rows">The rows the caller may read, for all parents (the read policy applied).</param>
    /// <param name="key">The parent key of a row, e.g. <c>md =&gt; md.DistrictId</c>.</param>
    /// <param name="item">The item of a row, e.g. <c>md =&gt; md.Meeting</c>.</param>
    /// <param name="fallbackOrder">The order when the client gives none (the primary key is added).</param>
    public static BatchDataLoader<TKey, Page<T>> PagesBy<TContext, TRow, TKey, T>(
        this IResolverContext context,
        string name,
        Func<TContext, IQueryable<TRow>> rows,
        Expression<Func<TRow, TKey>> key,
        Expression<Func<TRow, T>> item,
        IReadOnlyList<SortKey>? fallbackOrder = null)
        where TContext : DbContext
        where TRow : class
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rows);
        var services = context.Services;

        // A branch per place in the document, built from the first parent's context: the arguments are checked before any query.
        return context.DataLoaders().GetOrAdd(typeof(PageDataLoader<TContext, TRow, TKey, T>), BatchPageQuery.BatchName(context, name), () =>
            new PageDataLoader<TContext, TRow, TKey, T>(
                services.GetRequiredService<IDbContextFactory<TContext>>(), rows, new BatchPageQuery<TRow, TKey, T>(context, key, item, fallbackOrder)));
    }

    /// <summary>The pages of one nested connection at one place in the document, for every parent of its list.</summary>
    private sealed class PageDataLoader<TContext, TRow, TKey, T>(
        IDbContextFactory<TContext> contexts, Func<TContext, IQueryable<TRow>> rows, BatchPageQuery<TRow, TKey, T> query)
        : BatchDataLoader<TKey, Page<T>>
        where TContext : DbContext
        where TRow : class
        where TKey : notnull
    {
        protected override async ValueTask<IReadOnlyDictionary<TKey, Page<T>>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
        {
            var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (db.ConfigureAwait(false))
            {
                return await query.LoadAsync(rows(db).AsNoTracking(), keys, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
