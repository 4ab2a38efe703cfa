using System.Linq.Expressions;
using Hamahang.Api.Data;
using Hamahang.GraphQL.Data;
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

    /// <summary>
    /// <paramref name="query"/> reading only what <paramref name="projection"/> selects of each row: its last
    /// <c>Select(x =&gt; new Keyed(key, row))</c> becomes <c>Select(x =&gt; new Keyed(key, projection(row)))</c>. A query of
    /// another shape is left whole (it reads whole rows, as before).
    /// </summary>
    public static IQueryable<Keyed<TKey, TValue>> Project<TKey, TValue>(IQueryable<Keyed<TKey, TValue>> query, LoaderProjection<TValue> projection)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(projection);
        if (query.Expression is not MethodCallExpression { Method.Name: nameof(Queryable.Select), Arguments: [var source, UnaryExpression quote] } select
            || select.Method.DeclaringType != typeof(Queryable)
            || quote.Operand is not LambdaExpression { Body: NewExpression { Arguments: [var key, var row] } made } selector)
        {
            return query;
        }

        var projected = Expression.Lambda(selector.Type, made.Update([key, projection.Of(row)]), selector.Parameters);
        return query.Provider.CreateQuery<Keyed<TKey, TValue>>(select.Update(null, [source, Expression.Quote(projected)]));
    }
}
