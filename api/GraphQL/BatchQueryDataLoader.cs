using Hamahang.Api.Data;
using Hamahang.GraphQL.EntityFramework;
using Hamahang.GraphQL.Execution.DataLoaders;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.GraphQL;

/// <summary>
/// A batch DataLoader over an <see cref="AppDbContext"/> query: one value per key, every key of a round loaded by one query
/// (see <see cref="GroupedQueryDataLoader{TKey, TValue}"/>).
/// </summary>
public abstract class BatchQueryDataLoader<TKey, TValue>(IDbContextFactory<AppDbContext> contexts) : BatchDataLoader<TKey, TValue>
    where TKey : notnull
{
    /// <summary>The rows of the batch's keys, each with its key.</summary>
    protected abstract IQueryable<Keyed<TKey, TValue>> Query(AppDbContext db, List<TKey> keys);

    /// <summary>
    /// The values <see cref="Query"/> reads besides its context and keys (the caller's <see cref="Authorization.Caller.ReadScope"/>):
    /// loaders of one type and shape share one compiled query (<see cref="CompiledBatchQueries"/>). None by default.
    /// </summary>
    protected virtual object? Shape => null;

    protected sealed override async ValueTask<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        (await Keyed.LoadAsync(contexts, this, Shape, keys, Query, cancellationToken)).ToDictionary(r => r.Key, r => r.Value);
}
