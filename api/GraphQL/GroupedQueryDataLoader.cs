using Hamahang.Api.Data;
using Hamahang.GraphQL.EntityFramework;
using Hamahang.GraphQL.Execution.DataLoaders;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.GraphQL;

/// <summary>
/// A grouped DataLoader over an <see cref="AppDbContext"/> query: every key asked for in one round of the request is loaded
/// by one query on a context of its own, so a list of parents costs one query for all their children. The query gets the
/// batch's keys and returns (key, row) pairs; a loader that reads under the caller's policy takes the <see cref="Caller"/>
/// in its constructor (one loader per request).
/// </summary>
public abstract class GroupedQueryDataLoader<TKey, TValue>(IDbContextFactory<AppDbContext> contexts) : GroupedDataLoader<TKey, TValue>
    where TKey : notnull
{
    /// <summary>The rows of the batch's keys, each with the key it belongs to.</summary>
    protected abstract IQueryable<Keyed<TKey, TValue>> Query(AppDbContext db, List<TKey> keys);

    /// <summary>
    /// The values <see cref="Query"/> reads besides its context and keys (the caller's <see cref="Authorization.Caller.ReadScope"/>):
    /// loaders of one type and shape share one compiled query (<see cref="CompiledBatchQueries"/>). None by default.
    /// </summary>
    protected virtual object? Shape => null;

    protected sealed override async ValueTask<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        (await Keyed.LoadAsync(contexts, this, Shape, keys, Query, cancellationToken)).ToLookup(r => r.Key, r => r.Value);
}
