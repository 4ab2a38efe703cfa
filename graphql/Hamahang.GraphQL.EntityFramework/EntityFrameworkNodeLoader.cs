using System.Linq.Expressions;
using System.Reflection;
using Hamahang.GraphQL.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.GraphQL.EntityFramework;

/// <summary>Loads <c>node(id:)</c> entities from the DbSets of <typeparamref name="TContext"/>, one query per id, the key as a parameter.</summary>
/// <typeparam name="TContext">The context holding the entities.</typeparam>
public sealed class EntityFrameworkNodeLoader<TContext> : INodeLoader
    where TContext : DbContext
{
    private static readonly MethodInfo LoadMethod = typeof(EntityFrameworkNodeLoader<TContext>).GetMethod(
        nameof(Load),
        BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <inheritdoc />
    public async ValueTask<object?> LoadAsync(Type entityType, PropertyInfo key, object value, IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<TContext>();
        var task = (Task<object?>)LoadMethod.MakeGenericMethod(entityType).Invoke(null, [db, key, value, cancellationToken])!;
        return await task.ConfigureAwait(false);
    }

    private static async Task<object?> Load<T>(TContext db, PropertyInfo key, object value, CancellationToken cancellationToken)
        where T : class
    {
        var parameter = Expression.Parameter(typeof(T), "e");
        var predicate = Expression.Lambda<Func<T, bool>>(
            Expression.Equal(Expression.Property(parameter, key), ValueParameter.Of(value, key.PropertyType)),
            parameter);
        return await db.Set<T>().AsNoTracking().FirstOrDefaultAsync(predicate, cancellationToken).ConfigureAwait(false);
    }
}
