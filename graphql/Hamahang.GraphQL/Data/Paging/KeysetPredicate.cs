using System.Linq.Expressions;
using System.Reflection;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// The predicate "comes after this cursor" in a key order: for keys k1..kn and cursor values v1..vn,
/// (k1 after v1) or (k1 = v1 and k2 after v2) or ... A database answers it from an index on the keys, so a
/// page deep in a large table costs what the first page costs. Nulls sort first (SQLite and SQL Server).
/// </summary>
public static class KeysetPredicate
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <summary>The rows after the row whose keys are <paramref name="values"/>, in the order <paramref name="keys"/>.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="keys">The order (as it is applied: reversed when paging backwards).</param>
    /// <param name="values">The cursor's key values.</param>
    public static Expression<Func<T, bool>> After<T>(IReadOnlyList<SortKey> keys, IReadOnlyList<object?> values)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(values);
        var parameter = Expression.Parameter(typeof(T), "x");
        Expression? result = null;
        for (var i = keys.Count - 1; i >= 0; i--)
        {
            var key = Read(keys[i], parameter);
            var after = keys[i].Direction == SortDirection.Ascending
                ? Greater(key, values[i], keys[i])
                : Less(key, values[i], keys[i]);
            result = result is null ? after : Expression.OrElse(after, Expression.AndAlso(Equal(key, values[i]), result));
        }

        return Expression.Lambda<Func<T, bool>>(result ?? Expression.Constant(true), parameter);
    }

    private static Expression Read(SortKey key, ParameterExpression parameter) =>
        new Rebinder(key.Selector.Parameters[0], parameter).Visit(key.Selector.Body);

    private static BinaryExpression Equal(Expression key, object? value) =>
        value is null ? Expression.Equal(key, Expression.Constant(null, key.Type)) : Expression.Equal(key, ValueParameter.Of(value, key.Type));

    private static Expression Greater(Expression key, object? value, SortKey sortKey) =>
        value is null
            ? (sortKey.IsNullable ? Expression.NotEqual(key, Expression.Constant(null, key.Type)) : Expression.Constant(true))
            : Compare(key, value, ExpressionType.GreaterThan);

    private static Expression Less(Expression key, object? value, SortKey sortKey)
    {
        if (value is null)
        {
            return Expression.Constant(false);
        }

        var less = Compare(key, value, ExpressionType.LessThan);
        return sortKey.IsNullable ? Expression.OrElse(less, Expression.Equal(key, Expression.Constant(null, key.Type))) : less;
    }

    private static BinaryExpression Compare(Expression key, object value, ExpressionType comparison)
    {
        var right = ValueParameter.Of(value, key.Type);
        if (key.Type == typeof(string))
        {
            return Expression.MakeBinary(comparison, Expression.Call(StringCompare, key, right), Expression.Constant(0));
        }

        var underlying = Nullable.GetUnderlyingType(key.Type) ?? key.Type;
        if (underlying.IsEnum)
        {
            var numeric = Enum.GetUnderlyingType(underlying);
            var target = underlying == key.Type ? numeric : typeof(Nullable<>).MakeGenericType(numeric);
            return Expression.MakeBinary(comparison, Expression.Convert(key, target), Expression.Convert(right, target));
        }

        if (underlying == typeof(bool) || underlying == typeof(Guid))
        {
            var compareTo = underlying.GetMethod(nameof(IComparable<int>.CompareTo), [underlying])!;
            var left = underlying == key.Type ? key : Expression.Property(key, "Value");
            var value2 = underlying == key.Type ? right : Expression.Property(right, "Value");
            return Expression.MakeBinary(comparison, Expression.Call(left, compareTo, value2), Expression.Constant(0));
        }

        return Expression.MakeBinary(comparison, key, right);
    }

    private sealed class Rebinder(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
