using Hamahang.Api.Data;
using Hamahang.GraphQL.Execution.DataLoaders;
using Hamahang.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.GraphQL;

/// <summary>
/// DataLoaders over <see cref="AppDbContext"/> queries: every key asked for in one round of the request is
/// loaded by one query on a context of its own, so a list of parents costs one query for all their children.
/// The query gets the batch's keys and returns (key, row) pairs; callers put the caller's read policy in it.
/// </summary>
public static class Loaders
{
    public static GroupedDataLoader<TKey, TValue> Group<TKey, TValue>(
        this IResolverContext context, string name, Func<AppDbContext, List<TKey>, IQueryable<Keyed<TKey, TValue>>> query)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.Services;
        return context.GroupLoader<TKey, TValue>(name, async (keys, cancellationToken) =>
        {
            var rows = await LoadAsync(services, keys, query, cancellationToken);
            return rows.ToLookup(r => r.Key, r => r.Value);
        });
    }

    public static BatchDataLoader<TKey, TValue> ByKey<TKey, TValue>(
        this IResolverContext context, string name, Func<AppDbContext, List<TKey>, IQueryable<Keyed<TKey, TValue>>> query)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.Services;
        return context.BatchLoader<TKey, TValue>(name, async (keys, cancellationToken) =>
        {
            var rows = await LoadAsync(services, keys, query, cancellationToken);
            return rows.ToDictionary(r => r.Key, r => r.Value);
        });
    }

    private static async Task<List<Keyed<TKey, TValue>>> LoadAsync<TKey, TValue>(
        IServiceProvider services, IReadOnlyList<TKey> keys, Func<AppDbContext, List<TKey>, IQueryable<Keyed<TKey, TValue>>> query, CancellationToken cancellationToken)
    {
        var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancellationToken);
        await using (db)
        {
            return await query(db, [.. keys]).AsNoTracking().ToListAsync(cancellationToken);
        }
    }
}

/// <summary>A row loaded for a key (the parent it belongs to).</summary>
public sealed record Keyed<TKey, TValue>(TKey Key, TValue Value);
