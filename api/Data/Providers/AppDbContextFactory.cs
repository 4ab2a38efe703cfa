using Hamahang.Api.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Data.Providers;

/// <summary>
/// The host's <see cref="IDbContextFactory{TContext}"/>, one per scope: a context from the pool each time,
/// leased to the scope's caller and clock. Every call is a context of its own (resolvers run in parallel).
/// </summary>
internal sealed class AppDbContextFactory(AppDbContextPool pool, Caller caller, TimeProvider clock) : IDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext() => pool.Rent().Lease(caller, clock);
}

/// <summary>
/// The pooled contexts of the configured provider, one pool per host (EF Core's <c>AddPooledDbContextFactory</c>),
/// chosen when the first context is rented, so test hosts can still override the configuration.
/// </summary>
internal sealed class AppDbContextPool(IServiceProvider services, IConfiguration configuration)
{
    private readonly Lazy<Func<AppDbContext>> rent = new(() =>
        DatabaseProvider.Configured(configuration) == DatabaseOptions.SqlServer
            ? services.GetRequiredService<IDbContextFactory<SqlServerAppDbContext>>().CreateDbContext
            : services.GetRequiredService<IDbContextFactory<SqliteAppDbContext>>().CreateDbContext);

    /// <summary>A context with no tracked entities and no caller yet: give it one with <see cref="AppDbContext.Lease"/>.</summary>
    public AppDbContext Rent() => rent.Value();
}
