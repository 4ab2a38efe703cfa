using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.GraphQL.EntityFramework;

/// <summary>
/// The query of the DbSet loaders (<see cref="DbSetBatchDataLoader{TContext, TEntity, TKey}"/>,
/// <see cref="DbSetGroupedDataLoader{TContext, TEntity, TKey}"/>): the rows whose key member is one of the batch's
/// keys (<c>WHERE key IN (...)</c>, the keys as the provider's parameterized collection mode sends them), read on a
/// context of its own from the pooled factory, so a list of 50 parents costs one query for all their children instead of 50.
/// </summary>
internal static class DbSetDataLoaders
{
    private static readonly MethodInfo ContainsMethod = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2);

    /// <summary>
    /// The rows of <paramref name="source"/> whose <paramref name="key"/> is in <paramref name="batch"/>, untracked, by the query
    /// compiled for <paramref name="loader"/>'s type and <paramref name="shape"/> (<see cref="CompiledBatchQueries"/>).
    /// </summary>
    public static async Task<List<TEntity>> LoadAsync<TContext, TEntity, TKey>(
        IDbContextFactory<TContext> contexts,
        object loader,
        object? shape,
        Func<TContext, IQueryable<TEntity>> source,
        Expression<Func<TEntity, TKey>> key,
        IReadOnlyList<TKey> batch,
        CancellationToken cancellationToken)
        where TContext : DbContext
        where TEntity : class
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await CompiledBatchQueries.ToListAsync(db, CompiledBatchQueries.ShapeOf(loader, shape), batch.ToList(),
                (context, keys) => source(context).AsNoTracking().Where(In(key, keys)), cancellationToken).ConfigureAwait(false);
        }
    }

    // A captured list, as a hand-written query's: EF Core sends it as the provider is configured to (the API's SQLite:
    // one JSON parameter, json_each(@keys); EF's default: a parameter per key).
    private static Expression<Func<TEntity, bool>> In<TEntity, TKey>(Expression<Func<TEntity, TKey>> key, List<TKey> keys)
    {
        Expression<Func<List<TKey>>> parameter = () => keys;
        var contains = Expression.Call(ContainsMethod.MakeGenericMethod(typeof(TKey)), parameter.Body, key.Body);
        return Expression.Lambda<Func<TEntity, bool>>(contains, key.Parameters);
    }
}
