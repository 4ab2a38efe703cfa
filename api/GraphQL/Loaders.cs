using Hamahang.Api.Data;
using Hamahang.GraphQL.Execution.DataLoaders;
using Hamahang.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.GraphQL;

/// <summary>
/// DataLoaders by name over <see cref="AppDbContext"/> queries, left only for the resolvers not yet written as loader
/// classes (<see cref="GroupedQueryDataLoader{TKey, TValue}"/>, <see cref="BatchQueryDataLoader{TKey, TValue}"/>): the
/// districts' and organizations' lists and Meeting.decisions, which become paged connections. Remove it with them.
/// </summary>
public static class Loaders
{
    public static GroupedDataLoader<TKey, TValue> Group<TKey, TValue>(
        this IResolverContext context, string name, Func<AppDbContext, List<TKey>, IQueryable<Keyed<TKey, TValue>>> query)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        var contexts = context.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        return context.GroupLoader<TKey, TValue>(name, async (keys, cancellationToken) =>
            (await Keyed.LoadAsync(contexts, keys, query, cancellationToken)).ToLookup(r => r.Key, r => r.Value));
    }
}
