using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Hamahang.Api.Data;
using Hamahang.GraphQL.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Hamahang.Api.GraphQL.Authorization;

/// <summary>
/// Loads <c>node(id:)</c> / <c>nodes(ids:)</c> objects under <see cref="ReadPolicy"/>: an anonymous caller
/// gets AUTH_NOT_AUTHENTICATED; an object the caller may not read (a confidential finding asked for by a
/// partner) AUTH_NOT_AUTHORIZED; an id naming no row, null. Each load uses a context of its own.
/// </summary>
internal sealed class AuthorizingNodeLoader : INodeLoader
{
    private static readonly MethodInfo LoadMethod = typeof(AuthorizingNodeLoader).GetMethod(nameof(Load), BindingFlags.NonPublic | BindingFlags.Static)!;

    // One load per entity type and key, made once: no reflection per request.
    private static readonly ConcurrentDictionary<Type, Loader> Loads = new();

    private delegate Task<object?> Loader(AppDbContext db, PropertyInfo key, object value, LambdaExpression policy, CancellationToken cancellationToken);

    public async ValueTask<object?> LoadAsync(Type entityType, PropertyInfo key, object value, IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        var caller = services.GetRequiredService<Caller>();
        if (!caller.IsAuthenticated)
        {
            throw AuthErrors.NotAuthenticated();
        }

        var policy = ReadPolicy.For(entityType, caller) ?? throw AuthErrors.NotAuthorized();
        var load = Loads.GetOrAdd(entityType, static (entityType, key) =>
            LoadMethod.MakeGenericMethod(entityType, key.PropertyType).CreateDelegate<Loader>(), key);
        var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancellationToken);
        await using (db)
        {
            return await load(db, key, value, policy, cancellationToken);
        }
    }

    private static async Task<object?> Load<T, TKey>(AppDbContext db, PropertyInfo key, object value, LambdaExpression policy,
        CancellationToken cancellationToken)
        where T : class
    {
        // A caller who reads every row of the type (editors and admins; everyone but integrators for public records): the
        // compiled query, which EF Core neither funcletizes nor looks up in its query cache (bench/README.md, "node(id:)").
        if (policy.Body is ConstantExpression { Value: true })
        {
            return await Unrestricted<T, TKey>.For(db.Model, key)(db, (TKey)value, cancellationToken);
        }

        var parameter = Expression.Parameter(typeof(T), "e");
        var match = Expression.Lambda<Func<T, bool>>(Expression.Equal(Expression.Property(parameter, key), ValueParameter.Of(value, key.PropertyType)),
            parameter);
        var rows = db.Set<T>().AsNoTracking().Where(match);
        var entity = await rows.Where((Expression<Func<T, bool>>)policy).FirstOrDefaultAsync(cancellationToken);
        if (entity is null && await rows.AnyAsync(cancellationToken))
        {
            throw AuthErrors.NotAuthorized();
        }

        return entity;
    }

    /// <summary>
    /// The row of <typeparamref name="T"/> whose key is the id, untracked, as one compiled query per model and key property:
    /// EF Core refuses to run a compiled query against another model than the first it ran with (each provider, and each
    /// test host, has its own).
    /// </summary>
    private static class Unrestricted<T, TKey>
        where T : class
    {
        private static readonly ConditionalWeakTable<IModel, ConcurrentDictionary<string, Func<AppDbContext, TKey, CancellationToken, Task<T?>>>> Queries =
            new();

        public static Func<AppDbContext, TKey, CancellationToken, Task<T?>> For(IModel model, PropertyInfo key) =>
            Queries.GetOrCreateValue(model).GetOrAdd(key.Name, static (_, key) =>
            {
                var db = Expression.Parameter(typeof(AppDbContext), "db");
                var id = Expression.Parameter(typeof(TKey), "id");
                var token = Expression.Parameter(typeof(CancellationToken), "cancellationToken");
                var row = Expression.Parameter(typeof(T), "e");
                var rows = Expression.Call(typeof(EntityFrameworkQueryableExtensions), nameof(EntityFrameworkQueryableExtensions.AsNoTracking), [typeof(T)],
                    Expression.Call(db, nameof(DbContext.Set), [typeof(T)]));
                var match = Expression.Lambda<Func<T, bool>>(Expression.Equal(Expression.Property(row, key), id), row);
                var first = Expression.Call(typeof(Queryable), nameof(Queryable.FirstOrDefault), [typeof(T)], rows, Expression.Quote(match));
                return EF.CompileAsyncQuery(Expression.Lambda<Func<AppDbContext, TKey, CancellationToken, T?>>(first, db, id, token));
            }, key);
    }
}
