using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// A row of a keyset page: the (projected) item and the values of its sort keys, read in the same query so
/// each edge's cursor is made without another round trip. Up to eight keys.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class KeyedRow<T> : IKeyedRow
{
    /// <summary>The most sort keys a keyset page supports.</summary>
    public const int MaxKeys = 8;

    /// <summary>The item.</summary>
    public T Item { get; set; } = default!;

    /// <summary>Key 1.</summary>
    public object? K0 { get; set; }

    /// <summary>Key 2.</summary>
    public object? K1 { get; set; }

    /// <summary>Key 3.</summary>
    public object? K2 { get; set; }

    /// <summary>Key 4.</summary>
    public object? K3 { get; set; }

    /// <summary>Key 5.</summary>
    public object? K4 { get; set; }

    /// <summary>Key 6.</summary>
    public object? K5 { get; set; }

    /// <summary>Key 7.</summary>
    public object? K6 { get; set; }

    /// <summary>Key 8.</summary>
    public object? K7 { get; set; }

    /// <summary>The key values, first key first.</summary>
    /// <param name="count">How many keys the order has.</param>
    public object?[] Keys(int count) => new[] { K0, K1, K2, K3, K4, K5, K6, K7 }[..count];
}

/// <summary>A keyset page's row as its cursor sees it: the values of its sort keys.</summary>
public interface IKeyedRow
{
    /// <summary>The key values, first key first.</summary>
    /// <param name="count">How many keys the order has.</param>
    object?[] Keys(int count);
}

/// <summary>Builds the selectors of <see cref="KeyedRow{T}"/>.</summary>
public static class KeyedRow
{
    private static readonly ConditionalWeakTable<IReadOnlyList<SortKey>, ConditionalWeakTable<object, LambdaExpression>> Selectors = [];

    private static readonly object WholeItem = new();

    /// <summary><c>x =&gt; new KeyedRow&lt;T&gt; { Item = item(x), K0 = (object)key0(x), ... }</c>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="keys">The order's keys.</param>
    /// <param name="item">The item's projection, or null to take the entity as it is.</param>
    public static Expression<Func<T, KeyedRow<T>>> Selector<T>(IReadOnlyList<SortKey> keys, Expression<Func<T, T>>? item)
    {
        ArgumentNullException.ThrowIfNull(keys);

        // Kept per keys list and projection (both made once per shape: SortExpressionBuilder.Keys, LoaderProjection), so
        // a page's query carries the same selector every time; a projection made for one request dies with it.
        var byItem = Selectors.GetValue(keys, static _ => new ConditionalWeakTable<object, LambdaExpression>());
        var itemKey = (object?)item ?? WholeItem;
        if (byItem.TryGetValue(itemKey, out var known))
        {
            return (Expression<Func<T, KeyedRow<T>>>)known;
        }

        var made = Make(keys, item);
        QueryShape.Share(made);
        byItem.TryAdd(itemKey, made);
        return made;
    }

    private static Expression<Func<T, KeyedRow<T>>> Make<T>(IReadOnlyList<SortKey> keys, Expression<Func<T, T>>? item)
    {
        if (keys.Count > KeyedRow<T>.MaxKeys)
        {
            throw new DataException($"An order may have at most {KeyedRow<T>.MaxKeys - 1} keys besides the primary key.");
        }

        var parameter = Expression.Parameter(typeof(T), "x");
        var bindings = new List<MemberBinding>
        {
            Expression.Bind(typeof(KeyedRow<T>).GetProperty(nameof(KeyedRow<T>.Item))!, item is null ? parameter : ParameterReplacer.Inline(item, parameter)),
        };
        for (var i = 0; i < keys.Count; i++)
        {
            PropertyInfo slot = typeof(KeyedRow<T>).GetProperty("K" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))!;
            bindings.Add(Expression.Bind(slot, Expression.Convert(ParameterReplacer.Inline(keys[i].Selector, parameter), typeof(object))));
        }

        return Expression.Lambda<Func<T, KeyedRow<T>>>(Expression.MemberInit(Expression.New(typeof(KeyedRow<T>)), bindings), parameter);
    }
}
