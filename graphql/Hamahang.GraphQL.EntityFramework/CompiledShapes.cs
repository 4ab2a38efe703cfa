using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Hamahang.GraphQL.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.Internal;

namespace Hamahang.GraphQL.EntityFramework;

/// <summary>
/// The data conventions' list queries (a root page, its filter, order and projection) and their counts, compiled once per
/// <see cref="QueryShape"/> with <c>EF.CompileAsyncQuery</c> and run with each request's values as parameters. Run as
/// LINQ, EF Core evaluates every closure, hashes the tree and looks it up in its query cache on each execution: 9% of
/// the meetings page's CPU (bench/README.md, "Compiled query shapes"). The shape is read in one pass that builds nothing.
/// </summary>
/// <remarks>
/// A query runs as LINQ when it has no shape, reads more values than a compiled query takes (15), or is not on an EF Core
/// context whose query provider this build knows how to read; and so does a shape whose compiled query failed the first
/// time (a query EF Core translates as LINQ but not compiled). Shapes are kept per model, at most <see cref="Capacity"/>.
/// </remarks>
internal static class CompiledShapes
{
    /// <summary>Shapes kept per model; past this many, a new shape runs as LINQ.</summary>
    public const int Capacity = 4096;

    /// <summary>The most values a compiled query takes (EF.CompileAsyncQuery's largest query overload).</summary>
    public const int MaxValues = 15;

    private static readonly ConditionalWeakTable<IModel, ConcurrentDictionary<QueryShape, object>> Lists = [];

    private static readonly ConditionalWeakTable<IModel, ConcurrentDictionary<QueryShape, object>> Counts = [];

    private static readonly MethodInfo[] CompileMethods = [.. typeof(EF).GetMethods().Where(m => m.Name == nameof(EF.CompileAsyncQuery))];

    private static readonly Func<IQueryProvider, DbContext?>? ContextOf = ContextAccessor();

    /// <summary>EF Core's trees: entity query roots by entity type, <c>EF.Functions</c> kept as it is.</summary>
    internal static readonly QueryShapeRules Rules = new()
    {
        Root = node => node is EntityQueryRootExpression root && root.GetType() == typeof(EntityQueryRootExpression) ? root.EntityType : null,
        KeepsStatic = member => member.Type == typeof(DbFunctions),
    };

    /// <summary>Times a query of a known shape ran compiled (tests read it).</summary>
    internal static long Hits => Interlocked.Read(ref _hits);

    private static long _hits;

    /// <summary>The rows of <paramref name="query"/>: by its shape's compiled query, or as LINQ (see the remarks).</summary>
    public static ValueTask<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        RunAsync(
            query,
            Lists,
            static (contextType, shape) => Compile<IAsyncEnumerable<T>>(contextType, shape, body => body, typeof(T), rows: true),
            static (compiled, db, values, token) => ReadAsync(((Func<DbContext, object?[], IAsyncEnumerable<T>>)compiled)(db, values), token),
            static (linq, token) => linq.ToListAsync(token),
            cancellationToken);

    /// <summary>The number of rows of <paramref name="query"/>: by its shape's compiled count, or as LINQ (see the remarks).</summary>
    public static ValueTask<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        RunAsync(
            query,
            Counts,
            static (contextType, shape) => Compile<Task<int>>(
                contextType, shape, body => Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(T)], body), typeof(int), rows: false),
            static (compiled, db, values, _) => ((Func<DbContext, object?[], Task<int>>)compiled)(db, values),
            static (linq, token) => linq.CountAsync(token),
            cancellationToken);

    private static async ValueTask<TResult> RunAsync<T, TResult>(
        IQueryable<T> query,
        ConditionalWeakTable<IModel, ConcurrentDictionary<QueryShape, object>> cache,
        Func<Type, QueryShape, Delegate> compile,
        Func<Delegate, DbContext, object?[], CancellationToken, Task<TResult>> run,
        Func<IQueryable<T>, CancellationToken, Task<TResult>> linq,
        CancellationToken cancellationToken)
    {
        if (ContextOf?.Invoke(query.Provider) is not { } db || QueryShape.Read(query, Rules) is not { } shape || shape.Values.Length > MaxValues)
        {
            return await linq(query, cancellationToken).ConfigureAwait(false);
        }

        var known = cache.GetValue(db.Model, _ => new ConcurrentDictionary<QueryShape, object>(QueryShape.Comparer));
        if (known.TryGetValue(shape, out var entry))
        {
            if (entry is not Delegate compiled)
            {
                return await linq(query, cancellationToken).ConfigureAwait(false);
            }

            Interlocked.Increment(ref _hits);
            return await run(compiled, db, shape.Values, cancellationToken).ConfigureAwait(false);
        }

        // The first query of a shape: compiled and run; if EF Core refuses the compiled form, the shape runs as LINQ.
        // An error the query itself raises comes again from LINQ, so the caller sees it as before.
        Delegate made;
        TResult result;
        try
        {
            made = compile(db.GetType(), shape);
            result = await run(made, db, shape.Values, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException or TargetInvocationException)
        {
            Remember(known, shape, NotCompiled.Instance);
            return await linq(query, cancellationToken).ConfigureAwait(false);
        }

        Remember(known, shape, made);
        return result;
    }

    private static void Remember(ConcurrentDictionary<QueryShape, object> known, QueryShape shape, object entry)
    {
        if (known.Count < Capacity)
        {
            known.TryAdd(shape, entry);
        }
    }

    private static async Task<List<T>> ReadAsync<T>(IAsyncEnumerable<T> source, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await foreach (var row in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>
    /// <c>EF.CompileAsyncQuery((TContext db, P1 p1, ...) =&gt; finish(tree))</c> with each slot's reads replaced by its
    /// parameter, behind a delegate that takes the values as an array: the rows of an <c>IQueryable&lt;TResult&gt;</c>
    /// (<paramref name="rows"/>), or one scalar of type <paramref name="result"/>.
    /// </summary>
    private static Func<DbContext, object?[], TOut> Compile<TOut>(
        Type contextType, QueryShape shape, Func<Expression, Expression> finish, Type result, bool rows)
    {
        var parameters = shape.Slots.Select((slot, i) => Expression.Parameter(slot.Type, "p" + i)).ToList();
        var body = finish(shape.Bind(parameters));
        var context = Expression.Parameter(contextType, "db");
        var lambda = Expression.Lambda(Expression.GetFuncType([contextType, .. parameters.Select(p => p.Type), body.Type]), body, [context, .. parameters]);
        var compile = CompileMethods.First(m => m.GetGenericArguments().Length == parameters.Count + 2
                && m.GetParameters()[0].ParameterType.GetGenericArguments()[0].GetGenericArguments() is { } func
                && func.Length == parameters.Count + 2
                && (rows
                    ? func[^1] is { IsGenericType: true } queryable && queryable.GetGenericTypeDefinition() == typeof(IQueryable<>)
                    : func[^1].IsGenericParameter))
            .MakeGenericMethod([contextType, .. parameters.Select(p => p.Type), result]);
        var compiled = compile.Invoke(null, [lambda])!;

        var db = Expression.Parameter(typeof(DbContext), "db");
        var values = Expression.Parameter(typeof(object?[]), "values");
        var call = Expression.Invoke(
            Expression.Constant(compiled),
            [Expression.Convert(db, contextType),
                .. parameters.Select((p, i) => Expression.Convert(Expression.ArrayIndex(values, Expression.Constant(i)), p.Type))]);
        return Expression.Lambda<Func<DbContext, object?[], TOut>>(call, db, values).Compile();
    }

    /// <summary>
    /// Reads an EF Core query provider's context, which EF Core keeps behind internal services (the provider's query
    /// compiler, its query context factory, the factory's dependencies' current context), read once compiled. Null when
    /// this EF Core build holds them otherwise: every query then runs as LINQ.
    /// </summary>
    private static Func<IQueryProvider, DbContext?>? ContextAccessor()
    {
#pragma warning disable EF1001 // Internal EF Core API: read-only, checked by type at every step, and without it every query runs as LINQ.
        const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Instance;
        var providerType = typeof(EntityQueryProvider);
        var compilerField = providerType.GetField("_queryCompiler", Private);
        var factoryField = typeof(QueryCompiler).GetField("_queryContextFactory", Private);
        var dependencies = typeof(RelationalQueryContextFactory).GetProperty("Dependencies", Private);
        if (compilerField is null || factoryField is null || dependencies?.PropertyType != typeof(QueryContextDependencies))
        {
            return null;
        }

        var readCompiler = Reader<EntityQueryProvider, object>(p => Expression.Field(p, compilerField));
        var readFactory = Reader<QueryCompiler, object>(c => Expression.Field(c, factoryField));
        var readDependencies = Reader<RelationalQueryContextFactory, QueryContextDependencies>(f => Expression.Property(f, dependencies));
        return provider => provider is EntityQueryProvider ep && readCompiler(ep) is QueryCompiler compiler
            && readFactory(compiler) is RelationalQueryContextFactory factory
                ? readDependencies(factory).CurrentContext.Context
                : null;
#pragma warning restore EF1001
    }

    private static Func<TIn, TOut> Reader<TIn, TOut>(Func<ParameterExpression, Expression> member)
    {
        var instance = Expression.Parameter(typeof(TIn), "instance");
        return Expression.Lambda<Func<TIn, TOut>>(Expression.Convert(member(instance), typeof(TOut)), instance).Compile();
    }

    /// <summary>Marks a shape whose query runs as LINQ.</summary>
    private sealed class NotCompiled
    {
        public static NotCompiled Instance { get; } = new();
    }
}
