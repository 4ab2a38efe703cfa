using System.Linq.Expressions;
using System.Reflection;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// The pages of a nested connection for a batch of parents in one query (GreenDonut.Data's <c>ToBatchPageAsync</c>):
/// the rows of every parent in the batch, filtered by <c>where</c> and the cursors, grouped by parent, each group
/// ordered by <c>order</c> (ending in the key) and cut to the page:
/// <c>rows.Where(keys.Contains(key)).Where(where).GroupBy(key).Select(g =&gt; g.OrderBy(order).Take(n + 1))</c>,
/// which EF Core sends as one command with <c>ROW_NUMBER() OVER (PARTITION BY key ...)</c> on SQLite and SQL Server.
/// <c>totalCount</c>, when selected, is one more command for the batch (<c>GROUP BY key</c> with <c>COUNT(*)</c>).
/// Built from the first parent's resolver context: every parent of the batch shares the field's arguments and selection.
/// </summary>
/// <typeparam name="TRow">The rows the query reads (the items themselves, or rows joining the items to their parents).</typeparam>
/// <typeparam name="TKey">The parent key.</typeparam>
/// <typeparam name="T">The item type.</typeparam>
public sealed class BatchPageQuery<TRow, TKey, T>
    where TKey : notnull
{
    private static readonly MethodInfo Contains = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(TKey));

    private readonly Expression<Func<TRow, TKey>> _key;
    private readonly Expression<Func<TRow, T>> _item;
    private readonly Expression<Func<T, bool>>? _where;
    private readonly IReadOnlyList<SortKey> _order;
    private readonly PagingArguments _paging;
    private readonly CursorCodec _codec;
    private readonly IQueryExecutor _executor;
    private readonly bool _counts;

    /// <summary>Reads the page the field <paramref name="context"/> resolves asks for.</summary>
    /// <param name="context">The first parent's resolver context.</param>
    /// <param name="key">The parent key of a row, e.g. <c>s =&gt; s.DistrictId</c>.</param>
    /// <param name="item">The item of a row, e.g. <c>md =&gt; md.Meeting</c> (<c>x =&gt; x</c> when the rows are the items).</param>
    /// <param name="fallbackOrder">The order when the client gives none (the primary key is added).</param>
    /// <exception cref="DataException">An argument is invalid (a page too large, a bad cursor, a bad filter).</exception>
    public BatchPageQuery(IResolverContext context, Expression<Func<TRow, TKey>> key, Expression<Func<TRow, T>> item, IReadOnlyList<SortKey>? fallbackOrder)
    {
        ArgumentNullException.ThrowIfNull(context);
        _key = key ?? throw new ArgumentNullException(nameof(key));
        _item = item ?? throw new ArgumentNullException(nameof(item));
        _executor = QueryExecutor.From(context.Services);
        var data = DataField.Of(context.Field) ?? throw new InvalidOperationException($"{context.Field} has no [UsePaging].");
        var filters = new FilterExpressionBuilder(_executor, context.Schema, context.Services.GetService(typeof(IRowFilter)) as IRowFilter);
        _where = data.Filtering
            ? filters.Build<T>(context.Arguments.GetValueOrDefault("where") as IReadOnlyDictionary<string, object?>, data.WhereMembers)
            : null;
        _order = SortExpressionBuilder.Keys<T>(data.Sorting ? context.Arguments.GetValueOrDefault("order") : null, fallbackOrder);
        var options = PagingOptions.From(context.Services);
        _codec = new CursorCodec(options.CursorKey);
        _paging = PagingArguments.Read(context, options);
        foreach (var cursor in new[] { _paging.After, _paging.Before }.OfType<string>())
        {
            _codec.Decode(_order, cursor);
        }

        var selection = SelectedField.Current(context);
        _counts = selection.Field.Type.NamedType is ObjectType connection && selection.Child(connection, "totalCount") is not null;
    }

    /// <summary>The page of each key in <paramref name="keys"/> (empty for a key with no rows), read from <paramref name="rows"/>.</summary>
    /// <param name="rows">The rows the caller may read (their read policy applied), for all parents.</param>
    /// <param name="keys">The batch's parent keys.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public async Task<IReadOnlyDictionary<TKey, Page<T>>> LoadAsync(IQueryable<TRow> rows, IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(keys);
        var row = _key.Parameters[0];
        var filtered = rows.Where(Expression.Lambda<Func<TRow, bool>>(
            Expression.Call(Contains, ValueParameter.Of(keys.ToList(), typeof(List<TKey>)), _key.Body), row));
        if (_where is not null)
        {
            filtered = filtered.Where(Lift(_where));
        }

        var paged = filtered;
        foreach (var between in _paging.Between<T>(_order, _codec))
        {
            paged = paged.Where(Lift(between));
        }

        var groups = await _executor.ToListAsync(paged.GroupBy(_key).Select(Pages()), cancellationToken).ConfigureAwait(false);
        var counts = _counts
            ? (await _executor.ToListAsync(filtered.GroupBy(_key).Select(g => new KeyedCount<TKey> { Key = g.Key, Count = g.Count() }), cancellationToken)
                .ConfigureAwait(false)).ToDictionary(c => c.Key, c => c.Count)
            : null;
        var byKey = groups.ToDictionary(g => g.Key, g => g.Rows);
        return keys.Distinct().ToDictionary(
            k => k,
            k => new Page<T>(_paging.ToConnection(byKey.GetValueOrDefault(k) ?? [], _order, _codec, counts is null ? null : counts.GetValueOrDefault(k))));
    }

    // g => new KeyedRows { Key = g.Key, Rows = g.OrderBy(k1(item)).ThenBy(...).Take(n + 1).Select(r => new KeyedRow { ... }).ToList() }
    private Expression<Func<IGrouping<TKey, TRow>, KeyedRows<TKey, T>>> Pages()
    {
        var group = Expression.Parameter(typeof(IGrouping<TKey, TRow>), "g");
        Expression sequence = group;
        var order = _paging.ReadOrder(_order);
        for (var i = 0; i < order.Count; i++)
        {
            var name = (i == 0 ? "OrderBy" : "ThenBy") + (order[i].Direction == SortDirection.Descending ? "Descending" : string.Empty);
            var selector = Lift(order[i].Selector);
            sequence = Expression.Call(typeof(Enumerable), name, [typeof(TRow), selector.ReturnType], sequence, selector);
        }

        sequence = Expression.Call(typeof(Enumerable), nameof(Enumerable.Take), [typeof(TRow)], sequence, Expression.Constant(_paging.Size + 1));
        var keyed = Lift(KeyedRow.Selector<T>(_order, null));
        sequence = Expression.Call(typeof(Enumerable), nameof(Enumerable.Select), [typeof(TRow), typeof(KeyedRow<T>)], sequence, keyed);
        var list = Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(KeyedRow<T>)], sequence);
        var rows = typeof(KeyedRows<TKey, T>);
        var body = Expression.MemberInit(
            Expression.New(rows),
            Expression.Bind(rows.GetProperty(nameof(KeyedRows<TKey, T>.Key))!, Expression.Property(group, nameof(IGrouping<TKey, TRow>.Key))),
            Expression.Bind(rows.GetProperty(nameof(KeyedRows<TKey, T>.Rows))!, list));
        return Expression.Lambda<Func<IGrouping<TKey, TRow>, KeyedRows<TKey, T>>>(body, group);
    }

    // A lambda over the item, rewritten over the row: x => x.Title becomes md => md.Meeting.Title.
    private LambdaExpression Lift(LambdaExpression overItem)
    {
        var row = Expression.Parameter(typeof(TRow), "r");
        var body = ParameterReplacer.Inline(overItem, ParameterReplacer.Inline(_item, row));
        return Expression.Lambda(typeof(Func<,>).MakeGenericType(typeof(TRow), overItem.ReturnType), body, row);
    }

    private Expression<Func<TRow, bool>> Lift(Expression<Func<T, bool>> predicate) => (Expression<Func<TRow, bool>>)Lift((LambdaExpression)predicate);
}

/// <summary>Names the batches of <see cref="BatchPageQuery{TRow, TKey, T}"/>.</summary>
public static class BatchPageQuery
{
    /// <summary>
    /// The name of the batch the field <paramref name="context"/> resolves belongs to: <paramref name="name"/>, the parent type
    /// and the response path without list indices, which every parent of one list shares (and with it the arguments and
    /// selection), while two aliases of the field, or the field at two places of the document, are batches of their own.
    /// </summary>
    /// <param name="context">The resolver context.</param>
    /// <param name="name">The loader's own name (the field's coordinate).</param>
    public static string BatchName(IResolverContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        return $"{name}@{context.ParentType.Name}:{string.Join('.', context.Path.OfType<string>())}";
    }
}

/// <summary>One parent's rows of a batched page (<see cref="BatchPageQuery{TRow, TKey, T}"/>), as the query reads them.</summary>
/// <typeparam name="TKey">The parent key.</typeparam>
/// <typeparam name="T">The item type.</typeparam>
public sealed class KeyedRows<TKey, T>
{
    /// <summary>The parent key.</summary>
    public TKey Key { get; set; } = default!;

    /// <summary>The page's rows with their sort keys, in reading order (one more than the page when more follow).</summary>
    public List<KeyedRow<T>> Rows { get; set; } = [];
}

/// <summary>How many rows one parent of a batched page has (its <c>totalCount</c>).</summary>
/// <typeparam name="TKey">The parent key.</typeparam>
public sealed class KeyedCount<TKey>
{
    /// <summary>The parent key.</summary>
    public TKey Key { get; set; } = default!;

    /// <summary>The count of the parent's rows that pass <c>where</c>.</summary>
    public int Count { get; set; }
}
