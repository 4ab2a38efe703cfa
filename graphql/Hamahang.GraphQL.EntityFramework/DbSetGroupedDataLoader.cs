using System.Collections.Concurrent;
using System.Linq.Expressions;
using Hamahang.GraphQL.Execution.DataLoaders;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.GraphQL.EntityFramework;

/// <summary>
/// A DataLoader of the <typeparamref name="TEntity"/> rows whose foreign key is each key: one query per batch.
/// A subclass names the batch
/// (<c>ProductsByCategoryDataLoader(IDbContextFactory&lt;Db&gt; db) : DbSetGroupedDataLoader&lt;Db, Product, int&gt;(db, p =&gt; p.CategoryId)</c>)
/// and may narrow the rows read (<see cref="Source"/>).
/// </summary>
/// <typeparam name="TContext">The context holding the entities.</typeparam>
/// <typeparam name="TEntity">The entity type.</typeparam>
/// <typeparam name="TKey">The key type.</typeparam>
/// <param name="contexts">The factory the batch's context comes from.</param>
/// <param name="foreignKey">The member the rows are grouped by, e.g. <c>p =&gt; p.CategoryId</c>.</param>
public abstract class DbSetGroupedDataLoader<TContext, TEntity, TKey>(IDbContextFactory<TContext> contexts, Expression<Func<TEntity, TKey>> foreignKey)
    : GroupedDataLoader<TKey, TEntity>
    where TContext : DbContext
    where TEntity : class
    where TKey : notnull
{
    // A subclass always names the same member, so its compiled reader is kept per subclass, not made per request.
    private static readonly ConcurrentDictionary<Type, Func<TEntity, TKey>> Readers = new();

    /// <summary>The rows the batch reads from: the whole set unless a subclass narrows it.</summary>
    /// <param name="db">The batch's context.</param>
    protected virtual IQueryable<TEntity> Source(TContext db) => db.Set<TEntity>();

    /// <summary>
    /// The values <see cref="Source"/> reads besides its context (a caller's read scope): loaders of one type and shape
    /// share one compiled query (<see cref="CompiledBatchQueries"/>), so a subclass whose source reads anything else must
    /// name it here. None by default.
    /// </summary>
    protected virtual object? Shape => null;

    /// <inheritdoc />
    protected sealed override async ValueTask<ILookup<TKey, TEntity>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var rows = await DbSetDataLoaders.LoadAsync(contexts, this, Shape, Source, foreignKey, keys, cancellationToken).ConfigureAwait(false);
        return rows.ToLookup(Readers.GetOrAdd(GetType(), static (_, member) => member.Compile(), foreignKey));
    }
}
