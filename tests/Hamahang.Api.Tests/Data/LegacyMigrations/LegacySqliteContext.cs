using Hamahang.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Data.LegacyMigrations;

/// <summary>The model on SQLite with the hand-written migrations in this folder: a host of before 2026-12-02.</summary>
public sealed class LegacySqliteContext(string connectionString) : AppDbContext(Options(connectionString), new CurrentActor(), TimeProvider.System)
{
    private static DbContextOptions<AppDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(LegacySqliteContext).Assembly.GetName().Name))
            .Options;
}
