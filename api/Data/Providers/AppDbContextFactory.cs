using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Data.Providers;

/// <summary>
/// The host's <see cref="IDbContextFactory{TContext}"/>: a new context of the configured provider's type
/// each time, recording the scope's actor.
/// </summary>
internal sealed class AppDbContextFactory(DbContextOptions<AppDbContext> options, ICurrentActor actor, TimeProvider clock, IConfiguration configuration)
    : IDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext() =>
        DatabaseProvider.CreateContext(DatabaseProvider.Configured(configuration), options, actor, clock);
}
