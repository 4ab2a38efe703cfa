using System.Linq.Expressions;
using System.Reflection;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// <see cref="Queryable"/>'s <c>Where</c>, <c>Select</c>, <c>Take</c> and <c>Skip</c> with their methods found once per type:
/// each of Queryable's own asks a new delegate for its <c>MethodInfo</c> on every call (<c>Delegate.GetMethodImpl</c>, a
/// twentieth of the districts page's time in memory).
/// </summary>
internal static class QueryableCalls
{
    public static IQueryable<T> Where<T>(IQueryable<T> query, Expression<Func<T, bool>> predicate) =>
        query.Provider.CreateQuery<T>(Expression.Call(null, Methods<T>.Where, query.Expression, Expression.Quote(predicate)));

    public static IQueryable<TResult> Select<T, TResult>(IQueryable<T> query, Expression<Func<T, TResult>> selector) =>
        query.Provider.CreateQuery<TResult>(Expression.Call(null, Methods<T, TResult>.Select, query.Expression, Expression.Quote(selector)));

    public static IQueryable<T> Take<T>(IQueryable<T> query, int count) =>
        query.Provider.CreateQuery<T>(Expression.Call(null, Methods<T>.Take, query.Expression, Expression.Constant(count)));

    public static IQueryable<T> Skip<T>(IQueryable<T> query, int count) =>
        query.Provider.CreateQuery<T>(Expression.Call(null, Methods<T>.Skip, query.Expression, Expression.Constant(count)));

    private static class Methods<T>
    {
        public static readonly MethodInfo Where = new Func<IQueryable<T>, Expression<Func<T, bool>>, IQueryable<T>>(Queryable.Where).Method;

        public static readonly MethodInfo Take = new Func<IQueryable<T>, int, IQueryable<T>>(Queryable.Take).Method;

        public static readonly MethodInfo Skip = new Func<IQueryable<T>, int, IQueryable<T>>(Queryable.Skip).Method;
    }

    private static class Methods<T, TResult>
    {
        public static readonly MethodInfo Select = new Func<IQueryable<T>, Expression<Func<T, TResult>>, IQueryable<TResult>>(Queryable.Select).Method;
    }
}
