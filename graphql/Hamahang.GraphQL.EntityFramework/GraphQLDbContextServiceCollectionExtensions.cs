using Hamahang.GraphQL.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.GraphQL.EntityFramework;

/// <summary>
/// Registers a <see cref="DbContext"/> for GraphQL resolvers. The executor runs resolvers of one request
/// concurrently and a DbContext is not thread-safe, so no context is shared: every resolver that asks for
/// the context type gets its own, rented from a pool (<see cref="IDbContextFactory{TContext}"/>)
/// and returned when the request's scope ends. Renting from the pool is cheap, and unlike one request-scoped
/// context behind a lock, parallel resolvers really run in parallel.
/// </summary>
public static class GraphQLDbContextServiceCollectionExtensions
{
    /// <summary>
    /// Adds <typeparamref name="TContext"/> (a context per resolver from a pooled factory), the EF Core query executor
    /// and the node loader over its DbSets.
    /// </summary>
    /// <typeparam name="TContext">The context type.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="options">Configures the context (provider, connection string).</param>
    public static IServiceCollection AddGraphQLDbContext<TContext>(this IServiceCollection services, Action<DbContextOptionsBuilder> options)
        where TContext : DbContext
    {
        services.AddPooledDbContextFactory<TContext>(options);
        services.AddTransient(provider => provider.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext());
        services.AddSingleton<IQueryExecutor, EntityFrameworkQueryExecutor>();
        services.AddSingleton<INodeLoader, EntityFrameworkNodeLoader<TContext>>();
        return services;
    }
}
