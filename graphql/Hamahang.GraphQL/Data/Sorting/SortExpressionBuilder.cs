using System.Collections;
using System.Linq.Expressions;
using System.Reflection;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// Turns an <c>order</c> argument (a list of <c>XSortInput</c> values) into sort keys and applies them with
/// <c>OrderBy</c>/<c>ThenBy</c>. Each object in the list may name several fields, applied in the order given;
/// the entity's primary key always comes last, so equal values keep a stable order and keyset cursors are unique.
/// </summary>
public static class SortExpressionBuilder
{
    private static readonly MethodInfo[] Methods = typeof(Queryable).GetMethods();

    /// <summary>The keys <paramref name="order"/> names, ending in <typeparamref name="T"/>'s primary key.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="order">The coerced <c>order</c> argument, or null.</param>
    /// <param name="fallback">The keys when <paramref name="order"/> names none (a list's own order, such as a meeting's agenda).</param>
    public static IReadOnlyList<SortKey> Keys<T>(object? order, IReadOnlyList<SortKey>? fallback = null)
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
            var name = (i == 0 ? "OrderBy" : "ThenBy") + (key.Direction == SortDirection.Descending ? "Descending" : string.Empty);
            var method = Array.Find(Methods, m => m.Name == name && m.GetParameters().Length == 2)!.MakeGenericMethod(typeof(T), key.Type);
            expression = Expression.Call(method, expression, Expression.Quote(key.Selector));
        }

        return query.Provider.CreateQuery<T>(expression);
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
