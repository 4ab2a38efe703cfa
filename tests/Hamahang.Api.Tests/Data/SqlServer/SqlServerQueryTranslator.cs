#pragma warning disable EF1001 // QueryCompiler is EF Core's internal API: the one place every LINQ query passes
using Hamahang.Api.GraphQL.Authorization;
using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Hamahang.Api.Data;
using Hamahang.Api.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.Internal;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.Api.Tests.Data.SqlServer;

/// <summary>
/// Sends every LINQ query a host's contexts run (on SQLite, with the seed data, so resolvers and loaders
/// go as deep as real answers take them) once more through a SQL Server context whose connection is never
/// opened: a command interceptor records the T-SQL and answers with an empty reader. What a query could
/// not be translated to is recorded too.
/// </summary>
public sealed class SqlServerQueryTranslator
{
    private static readonly MethodInfo Execute = typeof(IQueryProvider).GetMethods().Single(m => m.Name == nameof(IQueryProvider.Execute) && m.IsGenericMethod);
    private static readonly MethodInfo Drain = typeof(SqlServerQueryTranslator).GetMethod(nameof(DrainAll), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo Set = typeof(DbContext).GetMethods().Single(m => m.Name == nameof(DbContext.Set) && m.GetParameters().Length == 0);

    private readonly DbContextOptions<AppDbContext> _options;
    private readonly CommandRecorder _recorder = new();

    public SqlServerQueryTranslator()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlServer("Server=hamahang-no-such-server;Database=Hamahang;Connect Timeout=1")
            .AddInterceptors(_recorder, new NeverOpened());
        _options = options.Options;
    }

    /// <summary>Every distinct T-SQL command the translated queries sent.</summary>
    public IReadOnlyCollection<string> Commands => _recorder.Commands.Keys.ToList();

    /// <summary>How many LINQ queries (counted by their printed expression) were translated.</summary>
    public int Queries => _queries.Count;

    /// <summary>The queries SQL Server's provider could not translate, with why.</summary>
    public IReadOnlyCollection<string> Failures => _failures.ToList();

    private readonly ConcurrentDictionary<string, bool> _queries = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _failures = [];

    internal void Translate(Expression query, Type result)
    {
        using var db = new SqlServerAppDbContext(_options, new Caller(), TimeProvider.System);
        var rewritten = new OntoContext(db).Visit(query);
        _queries.TryAdd(query.ToString(), true);
        var sent = _recorder.BeginQuery();
        try
        {
            var type = Unwrap(result, typeof(Task<>)) ?? Unwrap(result, typeof(ValueTask<>)) ?? result;
            var element = Unwrap(type, typeof(IAsyncEnumerable<>)) ?? (type != typeof(string) ? Unwrap(type, typeof(IEnumerable<>)) : null);
            if (element is null)
            {
                Execute.MakeGenericMethod(type).Invoke(db.GetService<IAsyncQueryProvider>(), [rewritten]);
            }
            else
            {
                var enumerable = Execute.MakeGenericMethod(typeof(IEnumerable<>).MakeGenericType(element))
                    .Invoke(db.GetService<IAsyncQueryProvider>(), [rewritten]);
                Drain.MakeGenericMethod(element).Invoke(null, [enumerable]);
            }
        }
        catch (TargetInvocationException e) when (sent.Value > 0)
        {
            // The command was sent; the empty answer is not what the query expects (Single, Count). That is all.
            _ = e;
        }
        catch (TargetInvocationException e)
        {
            _failures.Add($"{query}: {e.InnerException?.Message}");
        }
    }

    private static void DrainAll<T>(IEnumerable<T> items)
    {
        foreach (var _ in items)
        {
        }
    }

    private static Type? Unwrap(Type type, Type generic) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == generic ? type.GetGenericArguments()[0]
        : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == generic)?.GetGenericArguments()[0];

    /// <summary>Points a query made on another context at the SQL Server one: its entity roots and the sets its closures hold.</summary>
    private sealed class OntoContext(DbContext target) : ExpressionVisitor
    {
        protected override Expression VisitExtension(Expression node) =>
            node is EntityQueryRootExpression root ? Root(root.EntityType) : base.VisitExtension(node);

        protected override Expression VisitConstant(ConstantExpression node) =>
            node.Value is IQueryable { Provider: IAsyncQueryProvider } q ? Visit(q.Expression) : base.VisitConstant(node);

        protected override Expression VisitMember(MemberExpression node)
        {
            if (typeof(IQueryable).IsAssignableFrom(node.Type) && Closure(node)
                && Expression.Lambda<Func<object?>>(Expression.Convert(node, typeof(object))).Compile()() is IQueryable { Provider: IAsyncQueryProvider } q)
            {
                return Visit(q.Expression);
            }

            return base.VisitMember(node);
        }

        private Expression Root(IEntityType entityType) =>
            ((IQueryable)Set.MakeGenericMethod(entityType.ClrType).Invoke(target, null)!).Expression;

        private static bool Closure(Expression? e) => e switch
        {
            null or ConstantExpression => true,
            MemberExpression m => Closure(m.Expression),
            _ => false,
        };
    }

    private sealed class CommandRecorder : DbCommandInterceptor
    {
        // The commands the current query sent (queries are translated in parallel, each in its own flow).
        private readonly AsyncLocal<StrongBox<int>?> _sent = new();

        public ConcurrentDictionary<string, bool> Commands { get; } = new(StringComparer.Ordinal);

        public StrongBox<int> BeginQuery() => _sent.Value = new StrongBox<int>(0);

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Record(command);
            return InterceptionResult<DbDataReader>.SuppressWithResult(new DataTable().CreateDataReader());
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            Record(command);
            return InterceptionResult<object>.SuppressWithResult(DBNull.Value);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Record(command);
            return InterceptionResult<int>.SuppressWithResult(0);
        }

        private void Record(DbCommand command)
        {
            Commands.TryAdd(command.CommandText, true);
            if (_sent.Value is { } sent)
            {
                sent.Value++;
            }
        }
    }

    // The connection is never opened: EF Core goes on as if it were.
    private sealed class NeverOpened : DbConnectionInterceptor
    {
        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            InterceptionResult.Suppress();

        public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            InterceptionResult.Suppress();
    }
}

/// <summary>EF Core's query compiler, which also hands each query to the host's <see cref="SqlServerQueryTranslator"/>.</summary>
internal sealed class TranslatingQueryCompiler(
    IQueryContextFactory queryContextFactory,
    ICompiledQueryCache compiledQueryCache,
    ICompiledQueryCacheKeyGenerator compiledQueryCacheKeyGenerator,
    IDatabase database,
    IDiagnosticsLogger<DbLoggerCategory.Query> logger,
    ICurrentDbContext currentContext,
    IEvaluatableExpressionFilter evaluatableExpressionFilter,
    IModel model)
    : QueryCompiler(queryContextFactory, compiledQueryCache, compiledQueryCacheKeyGenerator, database, logger, currentContext, evaluatableExpressionFilter,
        model)
{
    private readonly ICurrentDbContext _context = currentContext;

    public override TResult Execute<TResult>(Expression query)
    {
        Translator.Translate(query, typeof(TResult));
        return base.Execute<TResult>(query);
    }

    public override TResult ExecuteAsync<TResult>(Expression query, CancellationToken cancellationToken = default)
    {
        Translator.Translate(query, typeof(TResult));
        return base.ExecuteAsync<TResult>(query, cancellationToken);
    }

    private SqlServerQueryTranslator Translator =>
        (_context.Context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider
            ?? throw new InvalidOperationException("The context has no application service provider."))
        .GetRequiredService<SqlServerQueryTranslator>();
}
