using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// The order a resolver gave its list (<c>db.Districts.OrderBy(d =&gt; d.Number)</c>): the page's order when the client
/// names none, as under HotChocolate, where the sorting middleware leaves such a query as it is. The page orders by its
/// keys anyway (they end in the primary key, for keyset cursors), so the resolver's ordering is taken off the query and
/// its keys become the order's fallback: one sort, in the resolver's order, with cursors that carry its keys. An order the
/// client names replaces it, as HotChocolate's does. One per data field: it remembers the last order it read, which a
/// resolver gives on every call, and compares the next query's with it without building anything.
/// </summary>
/// <remarks>
/// Only a chain of <c>OrderBy</c>/<c>ThenBy</c> (and their <c>Descending</c> forms) on the outside of the query, each by a
/// member path (<c>x =&gt; x.Category.Name</c>), is read; any other ordering stays in the query as the resolver wrote it.
/// </remarks>
internal sealed class SourceOrder
{
    private const int Capacity = 1024;

    // Keyed by the order's signature, so equal orders share one key list (SortExpressionBuilder.Keys keeps keys per list).
    private static readonly ConcurrentDictionary<(Type, string), IReadOnlyList<SortKey>> Known = new();

    private volatile Read? _last;

    /// <summary>The keys of <paramref name="query"/>'s own order, first key first, and the query without it; null when it has none read.</summary>
    public IReadOnlyList<SortKey>? Take<T>(ref IQueryable<T> query)
    {
        if (_last is { } last && last.Matches(query.Expression) is { } rest)
        {
            query = query.Provider.CreateQuery<T>(rest);
            return last.Keys;
        }

        // Each ordering call, outside in, with its selector and the members it reads (read once, here).
        var calls = new List<(MethodInfo Method, LambdaExpression Selector, MemberInfo[] Members)>();
        var expression = query.Expression;
        while (expression is MethodCallExpression call && IsOrdering(call.Method) && call.Arguments.Count == 2)
        {
            if (Selector(call.Arguments[1]) is not { } selector || Members(selector) is not { } members)
            {
                return null;
            }

            calls.Add((call.Method, selector, members));
            expression = call.Arguments[0];
            if (IsFirst(call.Method))
            {
                break;
            }
        }

        if (calls.Count == 0 || !IsFirst(calls[^1].Method))
        {
            return null;
        }

        query = query.Provider.CreateQuery<T>(expression);
        var keys = KeysOf(typeof(T), calls);
        _last = new Read([.. calls.Select(c => c.Method)], [.. calls.Select(c => c.Members)], keys);
        return keys;
    }

    private static IReadOnlyList<SortKey> KeysOf(Type item, List<(MethodInfo Method, LambdaExpression Selector, MemberInfo[] Members)> outsideIn)
    {
        var made = new List<SortKey>();
        var signature = new StringBuilder();
        for (var i = outsideIn.Count - 1; i >= 0; i--)
        {
            var (method, selector, members) = outsideIn[i];
            var path = string.Join('.', members.Reverse().Select(m => Types.CodeFirst.Naming.ToCamelCase(m.Name)));
            var key = new SortKey(path, selector, method.Name.EndsWith("Descending", StringComparison.Ordinal)
                ? SortDirection.Descending
                : SortDirection.Ascending);
            made.Add(key);
            signature.Append(key).Append(';');
        }

        var known = (item, signature.ToString());
        if (Known.TryGetValue(known, out var keys))
        {
            return keys;
        }

        if (Known.Count < Capacity)
        {
            Known.TryAdd(known, made);
        }

        return Known.GetValueOrDefault(known, made);
    }

    private static bool IsFirst(MethodInfo method) => method.Name is nameof(Queryable.OrderBy) or nameof(Queryable.OrderByDescending);

    private static bool IsOrdering(MethodInfo method) => method.DeclaringType == typeof(Queryable)
        && method.Name is nameof(Queryable.OrderBy) or nameof(Queryable.OrderByDescending) or nameof(Queryable.ThenBy) or nameof(Queryable.ThenByDescending);

    private static LambdaExpression? Selector(Expression argument) =>
        (argument is UnaryExpression { NodeType: ExpressionType.Quote } quote ? quote.Operand : argument) as LambdaExpression is { Parameters.Count: 1 } lambda
            ? lambda
            : null;

    // The members a selector reads, last first (x.Category.Name: Name, Category), or null when it reads anything else.
    private static MemberInfo[]? Members(LambdaExpression selector)
    {
        var members = new List<MemberInfo>();
        var at = selector.Body;
        while (at is MemberExpression { Member: PropertyInfo or FieldInfo } member)
        {
            members.Add(member.Member);
            at = member.Expression;
        }

        return at == selector.Parameters[0] && members.Count > 0 ? [.. members] : null;
    }

    /// <summary>An order read: its calls' methods and selectors' members, outside in, and its keys.</summary>
    private sealed class Read(MethodInfo[] methods, MemberInfo[][] members, IReadOnlyList<SortKey> keys)
    {
        public IReadOnlyList<SortKey> Keys { get; } = keys;

        /// <summary>What <paramref name="expression"/> orders, when it is this order by these members; null otherwise.</summary>
        public Expression? Matches(Expression expression)
        {
            for (var i = 0; i < methods.Length; i++)
            {
                if (expression is not MethodCallExpression call || call.Method != methods[i] || Selector(call.Arguments[1]) is not { } selector
                    || !Reads(selector, members[i]))
                {
                    return null;
                }

                expression = call.Arguments[0];
            }

            return expression;
        }

        private static bool Reads(LambdaExpression selector, MemberInfo[] path)
        {
            Expression? at = selector.Body;
            foreach (var expected in path)
            {
                if (at is not MemberExpression member || member.Member != expected)
                {
                    return false;
                }

                at = member.Expression;
            }

            return at == selector.Parameters[0];
        }
    }
}
