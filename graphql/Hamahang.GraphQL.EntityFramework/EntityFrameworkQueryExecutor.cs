using System.Linq.Expressions;
using System.Reflection;
using Hamahang.GraphQL.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Hamahang.GraphQL.EntityFramework;

/// <summary>
/// Runs the data conventions' queries with EF Core: asynchronously (<c>ToListAsync</c>, <c>CountAsync</c>)
/// when the query comes from a <see cref="DbContext"/>, lists and counts by a query compiled once per shape
/// (<see cref="CompiledShapes"/>), and reads members that exist only in the model (shadow properties, such as
/// normalised search columns) with <see cref="EF.Property{TProperty}"/>.
/// </summary>
public sealed class EntityFrameworkQueryExecutor : QueryExecutor
{
    private static readonly MethodInfo PropertyMethod = typeof(EF).GetMethod(nameof(EF.Property))!;

    /// <inheritdoc />
    public override async ValueTask<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query?.Provider is IAsyncQueryProvider
            ? await CompiledShapes.ToListAsync(query, cancellationToken).ConfigureAwait(false)
            : await base.ToListAsync(query!, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public override async ValueTask<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query?.Provider is IAsyncQueryProvider
            ? await CompiledShapes.CountAsync(query, cancellationToken).ConfigureAwait(false)
            : await base.CountAsync(query!, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public override Expression Member(Expression instance, string name, Type type)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance) is { } property
            ? Expression.Property(instance, property)
            : Expression.Call(PropertyMethod.MakeGenericMethod(type), Expression.Convert(instance, typeof(object)), Expression.Constant(name));
    }
}
