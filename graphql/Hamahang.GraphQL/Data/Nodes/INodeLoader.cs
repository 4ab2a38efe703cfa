using System.Reflection;

namespace Hamahang.GraphQL.Data;

/// <summary>Loads the entity a node id names (registered as a service by a data provider, e.g. EF Core over DbSets).</summary>
public interface INodeLoader
{
    /// <summary>The entity of <paramref name="entityType"/> whose <paramref name="key"/> is <paramref name="value"/>, or null.</summary>
    /// <param name="entityType">The entity's CLR type.</param>
    /// <param name="key">Its key property.</param>
    /// <param name="value">The key value.</param>
    /// <param name="services">The request's services.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    ValueTask<object?> LoadAsync(Type entityType, PropertyInfo key, object value, IServiceProvider services, CancellationToken cancellationToken);
}
