using System.Linq.Expressions;
using System.Reflection;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Execution.DataLoaders;
using Hamahang.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.GraphQL.EntityFramework;

/// <summary>
/// DataLoaders over DbSets: every key a request's resolvers ask for in one round is loaded with one query
/// (<c>WHERE key IN (...)</c>, the keys as a parameter), on a context of its own from the pooled factory, so
/// a list of 50 parents costs one query for all their children instead of 50.
/// </summary>
public static class DbSetDataLoaders
{
    private static readonly MethodInfo ContainsMethod = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2);

    /// <summary>The request's loader of <typeparamref name="TEntity"/> by the unique key <paramref name="key"/> (null for a key with no row).</summary>
    /// <typeparam name="TContext">The context holding the entities.</typeparam>
    /// <typeparam name="TEntity">The entity type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="context">The resolver context (the executor's).</param>
    /// <param name="key">The key member, e.g. <c>c =&gt; c.Id</c>.</param>
    public static DataLoader<TKey, TEntity> ByKey<TContext, TEntity, TKey>(this IResolverContext context, Expression<Func<TEntity, TKey>> key)
        where TContext : DbContext
        where TEntity : class
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(key);
        var read = key.Compile();
        var services = context.Services;
        return context.BatchLoader<TKey, TEntity>(Name<TEntity>("by", key), async (keys, cancellationToken) =>
        {
            var rows = await LoadAsync<TContext, TEntity, TKey>(services, key, keys, cancellationToken).ConfigureAwait(false);
            return rows.ToDictionary(read);
        });
    }

    /// <summary>The request's loader of the <typeparamref name="TEntity"/> rows whose <paramref name="foreignKey"/> is each key.</summary>
    /// <typeparam name="TContext">The context holding the entities.</typeparam>
    /// <typeparam name="TEntity">The entity type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="context">The resolver context (the executor's).</param>
    /// <param name="foreignKey">The member the rows are grouped by, e.g. <c>p =&gt; p.CategoryId</c>.</param>
    public static GroupDataLoader<TKey, TEntity> GroupBy<TContext, TEntity, TKey>(this IResolverContext context, Expression<Func<TEntity, TKey>> foreignKey)
        where TContext : DbContext
        where TEntity : class
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(foreignKey);
        var read = foreignKey.Compile();
        var services = context.Services;
        return context.GroupLoader<TKey, TEntity>(Name<TEntity>("group", foreignKey), async (keys, cancellationToken) =>
        {
            var rows = await LoadAsync<TContext, TEntity, TKey>(services, foreignKey, keys, cancellationToken).ConfigureAwait(false);
            return rows.ToLookup(read);
        });
    }

    private static async Task<List<TEntity>> LoadAsync<TContext, TEntity, TKey>(
        IServiceProvider services,
        Expression<Func<TEntity, TKey>> key,
        IReadOnlyList<TKey> keys,
        CancellationToken cancellationToken)
        where TContext : DbContext
        where TEntity : class
    {
        var contains = Expression.Call(ContainsMethod.MakeGenericMethod(typeof(TKey)), ValueParameter.Of(keys.ToList(), typeof(List<TKey>)), key.Body);
        var predicate = Expression.Lambda<Func<TEntity, bool>>(contains, key.Parameters);
        var factory = services.GetRequiredService<IDbContextFactory<TContext>>();
        var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Set<TEntity>().AsNoTracking().Where(predicate).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Name<TEntity>(string kind, LambdaExpression key) => $"DbSet:{kind}:{typeof(TEntity).FullName}:{key.Body}";
}
