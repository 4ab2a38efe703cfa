using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Hamahang.GraphQL.EntityFramework;

/// <summary>
/// A DataLoader's batch query compiled once (<c>EF.CompileAsyncQuery</c>) and run with each batch's keys as its one
/// parameter. Run as LINQ, EF Core takes every batch's new query tree apart
/// again (it evaluates its closures, hashes it and looks it up in its query cache: a tenth of the meetings page's CPU,
/// bench/README.md "Compiled loader queries"); compiled, it binds the keys and runs the SQL it made the first time.
/// </summary>
/// <remarks>
/// The query a loader builds is compiled the first time a loader of its <c>shape</c> asks, and kept per model and shape.
/// Every value the query captures besides the keys (a caller's organization in a read policy, a loader's branch
/// argument) is read as it was that first time, so the shape must name all of them: two loaders of one shape must build
/// the same query for the same keys. A query that does not read the keys it was given runs as LINQ every time.
/// </remarks>
public static class CompiledBatchQueries
{
    /// <summary>Shapes kept per model: one per loader type and caller scope; past this many, a new shape runs as LINQ.</summary>
    public const int Capacity = 4096;

    private static readonly ConditionalWeakTable<IModel, ConcurrentDictionary<object, object>> Compiled = [];

    /// <summary>What names a loader's compiled query: its type, with the values its query reads besides the keys (if any).</summary>
    /// <param name="loader">The loader.</param>
    /// <param name="values">The values its query reads besides its context and keys: e.g. the caller's scope.</param>
    public static object ShapeOf(object loader, object? values)
    {
        ArgumentNullException.ThrowIfNull(loader);
        return values is null ? loader.GetType() : (loader.GetType(), values);
    }

    /// <summary>
    /// The rows <paramref name="query"/> reads for <paramref name="keys"/> on <paramref name="db"/>, by the query compiled for
    /// <paramref name="shape"/> (made from <paramref name="query"/> the first time).
    /// </summary>
    /// <param name="db">The batch's context.</param>
    /// <param name="shape">Names everything the query depends on besides the keys (see the remarks): e.g. the loader's type and the caller's scope.</param>
    /// <param name="keys">The batch's keys.</param>
    /// <param name="query">Builds the batch's query (untracked, as it should run) for a context and keys.</param>
    /// <param name="cancellationToken">Cancelled when the request is aborted.</param>
    public static async Task<List<T>> ToListAsync<TContext, TKey, T>(
        TContext db, object shape, List<TKey> keys, Func<TContext, List<TKey>, IQueryable<T>> query, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var compiled = Compiled.GetOrCreateValue(db.Model);
        if (!compiled.TryGetValue(shape, out var known))
        {
            known = Compile<TContext, TKey, T>(query(db, keys), keys);
            if (compiled.Count < Capacity)
            {
                compiled.TryAdd(shape, known);
            }
        }

        if (known is not Func<TContext, List<TKey>, IAsyncEnumerable<T>> run)
        {
            return await query(db, keys).ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        var rows = new List<T>();
        await foreach (var row in run(db, keys).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The compiled query, or <see cref="NotCompiled"/> when the query does not read <paramref name="keys"/> (as one captured value).</summary>
    private static object Compile<TContext, TKey, T>(IQueryable<T> query, List<TKey> keys)
        where TContext : DbContext
    {
        var parameter = Expression.Parameter(typeof(List<TKey>), "keys");
        var binder = new KeysBinder(keys, parameter);
        var body = binder.Visit(query.Expression);
        if (binder.Bound != 1)
        {
            return NotCompiled.Instance;
        }

        // The context parameter goes unused: the body's query roots name their entity types, and EF Core runs a compiled
        // query on the context it is given.
        var context = Expression.Parameter(typeof(TContext), "db");
        return EF.CompileAsyncQuery(Expression.Lambda<Func<TContext, List<TKey>, IQueryable<T>>>(body, context, parameter));
    }

    /// <summary>Marks a shape whose query runs as LINQ.</summary>
    private sealed class NotCompiled
    {
        public static NotCompiled Instance { get; } = new();
    }

    /// <summary>Replaces the captured keys list (a closure's field, or a constant) by the compiled query's parameter.</summary>
    private sealed class KeysBinder(object keys, ParameterExpression parameter) : ExpressionVisitor
    {
        public int Bound { get; private set; }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression is ConstantExpression { Value: { } closure } && node.Member is FieldInfo field
                && ReferenceEquals(field.GetValue(closure), keys))
            {
                Bound++;
                return parameter;
            }

            return base.VisitMember(node);
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (ReferenceEquals(node.Value, keys))
            {
                Bound++;
                return parameter;
            }

            return base.VisitConstant(node);
        }
    }
}
