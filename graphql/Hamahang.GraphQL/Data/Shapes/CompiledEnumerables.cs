using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// The data conventions' queries over lists in memory (<c>list.AsQueryable()</c>), compiled once per
/// <see cref="QueryShape"/> into a delegate over <see cref="Enumerable"/> and run with each query's values (its list, its
/// closure values). Enumerated as LINQ, an <see cref="EnumerableQuery{T}"/> rewrites and compiles its whole tree on every
/// enumeration: 6.9 ms for the districts page where the same query on the list takes 6 µs (bench/README.md, "Against
/// GraphQL.NET in process").
/// </summary>
/// <remarks>
/// A query without a shape, or whose tree calls a <see cref="Queryable"/> method without an <see cref="Enumerable"/>
/// counterpart, runs as LINQ. Shapes are kept up to <see cref="Capacity"/>; past it, new shapes run as LINQ. A kept shape
/// holds the tree of its first query, and so the list that query read (an application's own list, usually for good).
/// </remarks>
public static class CompiledEnumerables
{
    /// <summary>Shapes kept; past this many, a new shape runs as LINQ.</summary>
    public const int Capacity = 4096;

    private static readonly ConcurrentDictionary<QueryShape, Delegate?> Compiled = new(QueryShape.Comparer);

    private static readonly ConcurrentDictionary<MethodInfo, MethodInfo?> Counterparts = new();

    private static readonly MethodInfo[] EnumerableMethods = typeof(Enumerable).GetMethods(BindingFlags.Public | BindingFlags.Static);

    /// <summary>The rows of <paramref name="query"/>, by its shape's compiled delegate when it has one.</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="query">The query, over an <see cref="EnumerableQuery{T}"/> or any other provider.</param>
    public static List<T> ToList<T>(IQueryable<T> query) =>
        Find(query) is ({ } shape, Func<object?[], IEnumerable<T>> run) ? Hit(run(shape.Values)).ToList() : query!.ToList();

    /// <summary>The number of rows of <paramref name="query"/>, by its shape's compiled delegate when it has one.</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="query">The query, over an <see cref="EnumerableQuery{T}"/> or any other provider.</param>
    public static int Count<T>(IQueryable<T> query) =>
        Find(query) is ({ } shape, Func<object?[], IEnumerable<T>> run) ? Hit(run(shape.Values)).Count() : query!.Count();

    /// <summary>Queries that ran by a compiled delegate (tests read it).</summary>
    internal static long Hits => Interlocked.Read(ref _hits);

    private static long _hits;

    private static IEnumerable<T> Hit<T>(IEnumerable<T> rows)
    {
        Interlocked.Increment(ref _hits);
        return rows;
    }

    /// <summary>The shape of <paramref name="query"/> (over a list) and its compiled delegate, made the first time.</summary>
    private static (QueryShape? Shape, Delegate? Compiled) Find<T>(IQueryable<T> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query is not (EnumerableQuery<T> or IPreparedQuery { Source: EnumerableQuery })
            || QueryShape.Read(query, QueryShapeRules.InMemory) is not { } shape)
        {
            return default;
        }

        // A kept tree remembers the delegate it last ran by: another tree of its shape may have been the first, and
        // telling the two apart takes a walk of both, where the same tree over a source of the same shape takes none.
        var prepared = (query as IPreparedQuery)?.Prepared;
        if (prepared?.Compiled is RanAs last && QueryShape.Comparer.Equals(last.Shape, shape))
        {
            return (shape, last.Compiled);
        }

        if (!Compiled.TryGetValue(shape, out var compiled))
        {
            compiled = Compile<T>(shape);
            if (Compiled.Count < Capacity)
            {
                Compiled.TryAdd(shape, compiled);
            }
        }

        if (prepared is not null)
        {
            prepared.Compiled = new RanAs(shape, compiled);
        }

        return (shape, compiled);
    }

    private sealed record RanAs(QueryShape Shape, Delegate? Compiled);

    private static Func<object?[], IEnumerable<T>>? Compile<T>(QueryShape shape)
    {
        var values = Expression.Parameter(typeof(object?[]), "values");
        var slots = shape.Slots.Select((slot, i) => (Expression)Expression.Convert(Expression.ArrayIndex(values, Expression.Constant(i)), slot.Type)).ToList();
        try
        {
            var body = new LambdaHoister(values).Visit(new QueryableRewriter().Visit(shape.Bind(slots)));
            return typeof(IEnumerable<T>).IsAssignableFrom(body.Type)
                ? Expression.Lambda<Func<object?[], IEnumerable<T>>>(Expression.Convert(body, typeof(IEnumerable<T>)), values).Compile()
                : null;
        }
        catch (Exception e) when (e is NotSupportedException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// The <see cref="Enumerable"/> method that does what <paramref name="method"/> (a <see cref="Queryable"/> one) does: same
    /// name and type arguments, each <c>IQueryable</c> an <c>IEnumerable</c>, each quoted lambda a delegate.
    /// </summary>
    private static MethodInfo? Counterpart(MethodInfo method) => Counterparts.GetOrAdd(method, queryable =>
    {
        var arguments = queryable.IsGenericMethod ? queryable.GetGenericArguments() : [];
        var wanted = queryable.GetParameters().Select(p => Unquery(p.ParameterType)).ToArray();
        foreach (var candidate in EnumerableMethods)
        {
            if (candidate.Name != queryable.Name || candidate.IsGenericMethodDefinition != queryable.IsGenericMethod
                || candidate.GetParameters().Length != wanted.Length
                || candidate.IsGenericMethodDefinition && candidate.GetGenericArguments().Length != arguments.Length)
            {
                continue;
            }

            MethodInfo closed;
            try
            {
                closed = candidate.IsGenericMethodDefinition ? candidate.MakeGenericMethod(arguments) : candidate;
            }
            catch (ArgumentException)
            {
                continue;
            }

            if (closed.GetParameters().Select(p => p.ParameterType).SequenceEqual(wanted))
            {
                return closed;
            }
        }

        return null;
    });

    private static Type Unquery(Type type)
    {
        if (!type.IsGenericType)
        {
            return type;
        }

        var definition = type.GetGenericTypeDefinition();
        var argument = type.GetGenericArguments()[0];
        return definition == typeof(IQueryable<>) ? typeof(IEnumerable<>).MakeGenericType(argument)
            : definition == typeof(IOrderedQueryable<>) ? typeof(IOrderedEnumerable<>).MakeGenericType(argument)
            : definition == typeof(Expression<>) ? argument
            : type;
    }

    /// <summary>A delegate over one item that reads the query's values, made from one compiled for every run of its shape.</summary>
    private static Func<TItem, TResult> Bind<TItem, TResult>(Func<object?[], TItem, TResult> function, object?[] values) => item => function(values, item);

    private static readonly MethodInfo BindMethod = typeof(CompiledEnumerables).GetMethod(nameof(Bind), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>
    /// Compiles each lambda of a query once, with the query: a compiled tree makes a new delegate for every nested lambda
    /// each time it reaches it (one <c>DynamicMethod.CreateDelegate</c>, a twelfth of the districts page's time), so a
    /// lambda that reads nothing outside itself becomes a constant delegate, and one that reads only the query's values
    /// a delegate bound to them per run (<see cref="Bind"/>). Lambdas that read another lambda's parameters stay as they are.
    /// </summary>
    private sealed class LambdaHoister(ParameterExpression values) : ExpressionVisitor
    {
        protected override Expression VisitLambda<TDelegate>(Expression<TDelegate> node)
        {
            var lambda = (LambdaExpression)base.VisitLambda(node);
            var free = FreeParameters.Of(lambda);
            if (free.Count == 0)
            {
                return Expression.Constant(lambda.Compile(), lambda.Type);
            }

            if (free.Count == 1 && free.Contains(values) && lambda.Parameters is [var item]
                && lambda.Type == typeof(Func<,>).MakeGenericType(item.Type, lambda.ReturnType))
            {
                var function = Expression.Lambda(lambda.Body, values, item).Compile();
                return Expression.Call(BindMethod.MakeGenericMethod(item.Type, lambda.ReturnType), Expression.Constant(function), values);
            }

            return lambda;
        }

        // A quoted lambda stays a tree: its reader wants the expression, not a delegate.
        protected override Expression VisitUnary(UnaryExpression node) => node.NodeType == ExpressionType.Quote ? node : base.VisitUnary(node);
    }

    /// <summary>The parameters a tree reads that no lambda inside it declares.</summary>
    private sealed class FreeParameters : ExpressionVisitor
    {
        private readonly HashSet<ParameterExpression> _free = [];
        private readonly List<ParameterExpression> _declared = [];

        public static HashSet<ParameterExpression> Of(LambdaExpression lambda)
        {
            var reader = new FreeParameters();
            reader.Visit(lambda);
            return reader._free;
        }

        protected override Expression VisitLambda<TDelegate>(Expression<TDelegate> node)
        {
            var mark = _declared.Count;
            _declared.AddRange(node.Parameters);
            Visit(node.Body);
            _declared.RemoveRange(mark, _declared.Count - mark);
            return node;
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            if (!_declared.Contains(node))
            {
                _free.Add(node);
            }

            return node;
        }
    }

    /// <summary>Rewrites <see cref="Queryable"/> calls into their <see cref="Enumerable"/> counterparts (what EnumerableQuery does per enumeration).</summary>
    private sealed class QueryableRewriter : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType != typeof(Queryable))
            {
                return base.VisitMethodCall(node);
            }

            var method = Counterpart(node.Method) ?? throw new NotSupportedException($"{node.Method} has no Enumerable counterpart.");
            var arguments = node.Arguments.Select(a => Visit(a is UnaryExpression { NodeType: ExpressionType.Quote } quote ? quote.Operand : a)).ToList();
            var parameters = method.GetParameters();
            for (var i = 0; i < arguments.Count; i++)
            {
                if (!parameters[i].ParameterType.IsAssignableFrom(arguments[i].Type))
                {
                    arguments[i] = Expression.Convert(arguments[i], parameters[i].ParameterType);
                }
            }

            return Expression.Call(method, arguments);
        }
    }
}
