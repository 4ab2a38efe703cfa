using System.Linq.Expressions;
using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Execution.Planning;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Data;

/// <summary>Runs a data field's conventions on its resolver's result.</summary>
internal interface IDataPipeline
{
    /// <summary>Filters, sorts, pages and projects <paramref name="source"/> and runs the query.</summary>
    ValueTask<object?> RunAsync(IResolverContext context, object source);

    /// <summary>How many pages the field built rather than found kept (tests read it).</summary>
    long PagesBuilt { get; }
}

/// <summary>
/// The data conventions of one field at request time, in HotChocolate's middleware order: the resolver's
/// <c>IQueryable</c> is filtered (<c>where</c>), sorted (<c>order</c>, or the resolver's own order when the client names
/// none, <see cref="SourceOrder"/>; ending in the key), paged (cursor or
/// offset) and projected, then run once through the <see cref="IQueryExecutor"/> (plus one count when
/// <c>totalCount</c> is selected). The result is materialised here, so nothing reaches the database after the
/// resolver returns.
/// </summary>
/// <remarks>
/// What is built over the resolver's query depends only on the field's plan, its arguments, the request's variables, the
/// resolver's own order and the rows the request may read, not on the query itself: it is built once over a placeholder
/// (<see cref="PreparedTree"/>) and kept, on the field's plan, for the next request that brings the same (<see cref="PreparedPages{TPlan}"/>),
/// which only puts its own query in the placeholder's place. The executors read such a query without composing it.
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
internal sealed partial class DataPipeline<T>(DataField data) : IDataPipeline
{
    private readonly SourceOrder _sourceOrder = new();
    private long _built;

    public long PagesBuilt => Interlocked.Read(ref _built);

    public async ValueTask<object?> RunAsync(IResolverContext context, object source)
    {
        // A batched page loader filtered, sorted and paged the list already.
        if (source is Page<T> page)
        {
            return page.Connection;
        }

        var query = source as IQueryable<T> ?? ((IEnumerable<T>)source).AsQueryable();
        var ordered = data.Sorting || data.Paging != PagingKind.None;

        // The resolver's own order is the page's when the client names none; taken off the query, it is sorted once.
        var sourceOrder = ordered ? _sourceOrder.Take(ref query) : null;
        var executor = QueryExecutor.From(context.Services);
        var rows = context.Services.GetService(typeof(IRowFilter)) as IRowFilter;
        var pages = PreparedPages<PagePlan>.Of(context);
        var key = pages is null ? null : PageKey.Of(context, sourceOrder, executor, rows);
        if (key is null || pages!.Find(key, rows) is not { } plan)
        {
            var reads = new RowFilterReads(rows);
            plan = Prepare(context, executor, reads, ordered, sourceOrder);
            Interlocked.Increment(ref _built);
            pages?.Keep(key!, plan, reads);
        }

        return await plan.RunAsync(context, executor, query).ConfigureAwait(false);
    }

    /// <summary>The page's queries over a placeholder for the resolver's query, and how to read their rows.</summary>
    private PagePlan Prepare(IResolverContext context, IQueryExecutor executor, IRowFilter rows, bool ordered, IReadOnlyList<SortKey>? sourceOrder)
    {
        var source = Expression.Parameter(typeof(IQueryable<T>), "source");
        IQueryable<T> query = new EnumerableQuery<T>(source);
        var filters = new FilterExpressionBuilder(executor, context.Schema, rows);
        if (data.Filtering && filters.Build<T>(context.Arguments.GetValueOrDefault("where") as IReadOnlyDictionary<string, object?>, data.WhereMembers)
            is { } predicate)
        {
            query = QueryableCalls.Where(query, predicate);
        }

        var keys = ordered ? SortExpressionBuilder.Keys<T>(data.Sorting ? context.Arguments.GetValueOrDefault("order") : null, sourceOrder) : [];
        var selection = SelectedField.Current(context);
        var projection = data.Projection ? Projection(context.Schema, new ProjectionBuilder(filters), selection) : null;
        return data.Paging switch
        {
            PagingKind.Cursor => CursorPlan.Prepare(new PageParts(context, source, query, keys, projection, selection)),
            PagingKind.Offset => OffsetPlan.Prepare(new PageParts(context, source, query, keys, projection, selection)),
            _ => new ListPlan(new PreparedTree(source, Project(keys.Count > 0 ? SortExpressionBuilder.Apply(query, keys) : query, projection).Expression)),
        };
    }

    /// <summary>
    /// The projection of the items, from the executor's plans of the fields that hold them (the field itself, or the
    /// <c>nodes</c>, <c>edges { node }</c> and <c>items</c> of its page) for the object type the items resolve to (on an
    /// interface, the one the executor finds by the CLR type; none found, the items are read whole).
    /// </summary>
    private Expression<Func<T, T>>? Projection(Schema schema, ProjectionBuilder builder, SelectedField selection)
    {
        var itemType = data.ItemType.NamedType switch
        {
            ObjectType objectType => objectType,
            InterfaceType { ResolveType: null } iface when schema.GetObjectTypeByRuntimeType(typeof(T)) is { } byClr
                && schema.IsSubType(iface, byClr) => byClr,
            _ => null,
        };
        if (itemType is null)
        {
            return null;
        }

        var items = data.Paging switch
        {
            PagingKind.Cursor => Merge(selection, "nodes", "edges", "node"),
            PagingKind.Offset => Merge(selection, "items", null, null),
            _ => [.. selection.Plans],
        };
        // A projection without nested lists is the same for every request of its shape: made once (LoaderProjection).
        var children = selection.Scope.Children(items, itemType);
        return LoaderProjection.Cached<T>(itemType, children, builder)?.Projection ?? builder.Build<T>(itemType, children);
    }

    private static List<FieldPlan> Merge(SelectedField selection, string list, string? edges, string? node)
    {
        var plans = new List<FieldPlan>();
        if (selection.Field.Type.NamedType is not ObjectType container)
        {
            return plans;
        }

        foreach (var child in selection.Children(container))
        {
            if (child.Field.Name == list)
            {
                plans.AddRange(child.Plans);
            }
            else if (child.Field.Name == edges && child.Field.Type.NamedType is ObjectType edgeType)
            {
                plans.AddRange(child.Children(edgeType).Where(c => c.Field.Name == node).SelectMany(c => c.Plans));
            }
        }

        return plans;
    }

    private static IQueryable<T> Project(IQueryable<T> query, Expression<Func<T, T>>? projection) =>
        projection is null ? query : QueryableCalls.Select(query, projection);

    private static bool Selected(SelectedField selection, string name) =>
        selection.Field.Type.NamedType is ObjectType container && selection.Child(container, name) is not null;

    /// <summary>A page's kept queries and how its rows become the field's value.</summary>
    private abstract class PagePlan
    {
        /// <summary>Runs the queries over <paramref name="source"/>, the request's resolver query.</summary>
        public abstract ValueTask<object?> RunAsync(IResolverContext context, IQueryExecutor executor, IQueryable<T> source);
    }

    /// <summary>An unpaged list: its rows.</summary>
    private sealed class ListPlan(PreparedTree list) : PagePlan
    {
        public override async ValueTask<object?> RunAsync(IResolverContext context, IQueryExecutor executor, IQueryable<T> source) =>
            await executor.ToListAsync(new PreparedQuery<T>(source, list), context.RequestAborted).ConfigureAwait(false);
    }
}
