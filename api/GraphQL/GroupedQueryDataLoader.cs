using Hamahang.Api.Data;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.EntityFramework;
using Hamahang.GraphQL.Execution.DataLoaders;
using Hamahang.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.GraphQL;

/// <summary>
/// A grouped DataLoader over an <see cref="AppDbContext"/> query: every key asked for in one round of the request is loaded
/// by one query on a context of its own, so a list of parents costs one query for all their children. The query gets the
/// batch's keys and returns (key, row) pairs; a loader that reads under the caller's policy takes the <see cref="Caller"/>
/// in its constructor (one loader per request). A resolver that asks <see cref="Projected"/> gets the branch that reads only
/// the members the field's selection needs.
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

    private LoaderProjection<TValue>? _projection;

    /// <summary>
    /// This loader's branch for the selection of the field <paramref name="context"/> resolves: its query reads the rows'
    /// selected members only (<see cref="LoaderProjection{T}"/>, applied to the row of <see cref="Query"/>'s last
    /// <c>Select</c>). This loader itself when the selection cannot be projected.
    /// </summary>
    /// <param name="context">The context of the field whose items this loader loads.</param>
    public GroupedQueryDataLoader<TKey, TValue> Projected(IResolverContext context)
    {
        if (_projection is not null || LoaderProjection.Of<TValue>(context) is not { } projection)
        {
            return this;
        }

        return Branch(projection.Signature, _ =>
        {
            var branch = (GroupedQueryDataLoader<TKey, TValue>)context.NewDataLoader(GetType());
            branch._projection = projection;
            return branch;
        });
    }

    protected sealed override async ValueTask<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var projection = _projection;
        var rows = projection is null
            ? await Keyed.LoadAsync(contexts, this, Shape, keys, Query, cancellationToken)
            : await Keyed.LoadAsync(contexts, this, (Shape, projection.Signature), keys, (db, batch) => Keyed.Project(Query(db, batch), projection),
                cancellationToken);
        return rows.ToLookup(r => r.Key, r => r.Value);
    }
}
