using System.Linq.Expressions;
using System.Reflection;
using Hamahang.Api.Data;
using Hamahang.GraphQL.Data;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.GraphQL.Authorization;

/// <summary>
/// Loads <c>node(id:)</c> / <c>nodes(ids:)</c> objects under <see cref="ReadPolicy"/>: an anonymous caller
/// gets AUTH_NOT_AUTHENTICATED; an object the caller may not read (a confidential finding asked for by a
/// partner) AUTH_NOT_AUTHORIZED; an id naming no row, null. Each load uses a context of its own.
/// </summary>
internal sealed class AuthorizingNodeLoader : INodeLoader
{
    private static readonly MethodInfo LoadMethod = typeof(AuthorizingNodeLoader).GetMethod(nameof(Load), BindingFlags.NonPublic | BindingFlags.Static)!;

    public async ValueTask<object?> LoadAsync(Type entityType, PropertyInfo key, object value, IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        var caller = services.GetRequiredService<Caller>();
        if (!caller.IsAuthenticated)
        {
            throw AuthErrors.NotAuthenticated();
        }

        var policy = ReadPolicy.For(entityType, caller) ?? throw AuthErrors.NotAuthorized();
        var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancellationToken);
        await using (db)
        {
            var task = (Task<object?>)LoadMethod.MakeGenericMethod(entityType).Invoke(null, [db, key, value, policy, cancellationToken])!;
            return await task;
        }
    }

    private static async Task<object?> Load<T>(AppDbContext db, PropertyInfo key, object value, Expression<Func<T, bool>> policy,
        CancellationToken cancellationToken)
        where T : class
    {
        var parameter = Expression.Parameter(typeof(T), "e");
        var match = Expression.Lambda<Func<T, bool>>(Expression.Equal(Expression.Property(parameter, key), ValueParameter.Of(value, key.PropertyType)),
            parameter);
        var rows = db.Set<T>().AsNoTracking().Where(match);
        var entity = await rows.Where(policy).FirstOrDefaultAsync(cancellationToken);
        if (entity is null && await rows.AnyAsync(cancellationToken))
        {
            throw AuthErrors.NotAuthorized();
        }

        return entity;
    }
}
