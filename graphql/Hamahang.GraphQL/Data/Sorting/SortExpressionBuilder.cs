using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// Turns an <c>order</c> argument (a list of <c>XSortInput</c> values) into sort keys and applies them with
/// <c>OrderBy</c>/<c>ThenBy</c>. Each object in the list may name several fields, applied in the order given;
/// the entity's primary key always comes last, so equal values keep a stable order and keyset cursors are unique.
/// </summary>
public static class SortExpressionBuilder
{
    /// <summary>Signatures of orders whose keys are kept; past this many, a new order's keys are made for its request.</summary>
    public const int Capacity = 1024;

    private static readonly MethodInfo[] Methods = typeof(Queryable).GetMethods();

    private static readonly ConcurrentDictionary<(Type, object?, string), List<SortKey>> Known = new();

    private static readonly ConcurrentDictionary<(string Name, Type Item, Type Key), MethodInfo> OrderMethods = new();

    private static readonly string[] OrderNames =
        [nameof(Queryable.OrderBy), nameof(Queryable.OrderByDescending), nameof(Queryable.ThenBy), nameof(Queryable.ThenByDescending)];

    /// <summary>The keys <paramref name="order"/> names, ending in <typeparamref name="T"/>'s primary key.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="order">The coerced <c>order</c> argument, or null.</param>
    /// <param name="fallback">The keys when <paramref name="order"/> names none (a list's own order, such as a meeting's agenda).</param>
    public static IReadOnlyList<SortKey> Keys<T>(object? order, IReadOnlyList<SortKey>? fallback = null)
    {
        // The keys depend only on the order's fields and directions: made once per signature (a request's order
        // arrives as new dictionaries every time), so a page's query is built from the same key selectors each time.
        var signature = new StringBuilder();
        if (!Sign(signature, order))
        {
            return Make<T>(order, fallback);
        }

        var key = (typeof(T), (object?)fallback, signature.ToString());
        if (Known.TryGetValue(key, out var known))
        {
            return known;
        }

        var made = Make<T>(order, fallback);
        if (Known.Count < Capacity)
        {
            Known.TryAdd(key, made);
        }

        return made;
    }

    /// <summary>Orders <paramref name="query"/> by <paramref name="keys"/>.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="query">The query.</param>
    /// <param name="keys">The keys, first key first.</param>
    public static IQueryable<T> Apply<T>(IQueryable<T> query, IReadOnlyList<SortKey> keys)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(keys);
        var expression = query.Expression;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            var name = OrderNames[(i == 0 ? 0 : 2) + (key.Direction == SortDirection.Descending ? 1 : 0)];
            var method = OrderMethods.GetOrAdd((name, typeof(T), key.Type), static k =>
                Array.Find(Methods, m => m.Name == k.Name && m.GetParameters().Length == 2)!.MakeGenericMethod(k.Item, k.Key));
            expression = Expression.Call(method, expression, Expression.Quote(key.Selector));
        }

        return query.Provider.CreateQuery<T>(expression);
    }

    // Names each item's fields with their directions (nested inputs in braces); false for anything else (null, an unknown
    // value), which Make refuses with its own error.
    private static bool Sign(StringBuilder signature, object? order)
    {
        foreach (var item in order as IEnumerable ?? Array.Empty<object>())
        {
            if (item is not IReadOnlyDictionary<string, object?> fields || !SignFields(signature, fields))
            {
                return false;
            }

            signature.Append(';');
        }

        return true;
    }

    private static bool SignFields(StringBuilder signature, IReadOnlyDictionary<string, object?> fields)
    {
        foreach (var (name, value) in fields)
        {
            signature.Append(name);
            switch (value)
            {
                case SortDirection direction:
                    signature.Append(direction == SortDirection.Ascending ? ":ASC," : ":DESC,");
                    break;
                case IReadOnlyDictionary<string, object?> nested:
                    signature.Append('{');
                    if (!SignFields(signature, nested))
                    {
                        return false;
                    }

                    signature.Append("},");
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    private static List<SortKey> Make<T>(object? order, IReadOnlyList<SortKey>? fallback)
    {
        var keys = new List<SortKey>();
        var parameter = Expression.Parameter(typeof(T), "x");
        foreach (var item in order as IEnumerable ?? Array.Empty<object>())
        {
            var fields = item as IReadOnlyDictionary<string, object?> ?? throw new DataException("An item of \"order\" cannot be null.");
            Collect(parameter, parameter, typeof(T), string.Empty, fields, keys);
        }

        if (keys.Count == 0 && fallback is not null)
        {
            keys.AddRange(fallback);
        }

        if (EntityKeys.Find(typeof(T)) is { } primaryKey)
        {
            var path = FilterMembers.Of(typeof(T)).FirstOrDefault(m => m.Property == primaryKey)?.Name ?? primaryKey.Name;
            if (!keys.Any(k => k.Path == path))
            {
                keys.Add(new SortKey(path, Expression.Lambda(Expression.Property(parameter, primaryKey), parameter), SortDirection.Ascending));
            }
        }

        return keys;
    }

    private static void Collect(
        ParameterExpression root,
        Expression instance,
        Type type,
        string prefix,
        IReadOnlyDictionary<string, object?> fields,
        List<SortKey> keys)
    {
        foreach (var (name, value) in fields)
        {
            var member = SortTypes.Members(type).FirstOrDefault(m => m.Name == name)
                ?? throw new DataException($"The sort input of {type.Name} has no field \"{name}\".");
            var path = prefix + name;
            if (value is null)
            {
                throw new DataException($"The sort field \"{path}\" cannot be null.");
            }

            if (member.Kind == FilterMemberKind.Nested)
            {
                var nested = value as IReadOnlyDictionary<string, object?> ?? throw new DataException($"The sort field \"{path}\" has an unexpected value.");
                Collect(root, Expression.Property(instance, member.Property), member.Type, path + ".", nested, keys);
                continue;
            }

            Expression access = Expression.Property(instance, member.Property);

            // Through a reference that can be missing, the database reads null even for a value type: the key
            // is typed nullable, so a cursor can hold that null and the keyset predicate places it (nulls first).
            if (instance != root && access.Type.IsValueType && Nullable.GetUnderlyingType(access.Type) is null)
            {
                access = Expression.Convert(access, typeof(Nullable<>).MakeGenericType(access.Type));
            }

            var direction = value is SortDirection d ? d : throw new DataException($"The sort field \"{path}\" takes ASC or DESC.");
            keys.Add(new SortKey(path, Expression.Lambda(access, root), direction));
        }
    }
}
