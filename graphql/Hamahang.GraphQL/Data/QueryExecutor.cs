using System.Linq.Expressions;
using System.Reflection;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// The default <see cref="IQueryExecutor"/>: enumerates in memory (LINQ to objects by a delegate compiled once per
/// query shape, <see cref="CompiledEnumerables"/>; any other provider synchronously) and reads members as CLR properties.
/// </summary>
public class QueryExecutor : IQueryExecutor
{
    /// <summary>The shared instance.</summary>
    public static QueryExecutor Instance { get; } = new();

    /// <inheritdoc />
    public virtual ValueTask<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        new(CompiledEnumerables.ToList(query));

    /// <inheritdoc />
    public virtual ValueTask<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        new(CompiledEnumerables.Count(query));

    /// <inheritdoc />
    public virtual Expression Member(Expression instance, string name, Type type)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var property = instance.Type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{instance.Type} has no property {name}; register an IQueryExecutor that reads shadow members.");
        return Expression.Property(instance, property);
    }

    /// <summary>The executor registered in <paramref name="services"/>, or <see cref="Instance"/>.</summary>
    /// <param name="services">The request's services.</param>
    public static IQueryExecutor From(IServiceProvider services) =>
        services?.GetService(typeof(IQueryExecutor)) as IQueryExecutor ?? Instance;
}
