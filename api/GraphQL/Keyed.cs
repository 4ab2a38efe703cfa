using Hamahang.Api.Data;
using Hamahang.GraphQL.EntityFramework;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.GraphQL;

/// <summary>A row loaded for a key (the parent it belongs to).</summary>
public sealed record Keyed<TKey, TValue>(TKey Key, TValue Value);

/// <summary>Runs a DataLoader's query for a batch of keys.</summary>
public static class Keyed
{
    /// <summary>
    /// The (key, row) pairs <paramref name="query"/> reads for <paramref name="keys"/>, untracked, on a context of their own, by
    /// the query compiled for <paramref name="loader"/>'s type and <paramref name="shape"/> (<see cref="CompiledBatchQueries"/>).
    /// </summary>
    public static async Task<List<Keyed<TKey, TValue>>> LoadAsync<TKey, TValue>(
        IDbContextFactory<AppDbContext> contexts,
        object loader,
        object? shape,
        IReadOnlyList<TKey> keys,
        Func<AppDbContext, List<TKey>, IQueryable<Keyed<TKey, TValue>>> query,
        CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using (db)
        {
            return await CompiledBatchQueries.ToListAsync(db, CompiledBatchQueries.ShapeOf(loader, shape), [.. keys],
                (context, batch) => query(context, batch).AsNoTracking(), cancellationToken);
        }
    }
}
