using Hamahang.Api.Data;
using Hamahang.Api.Data.Providers;
using Hamahang.Api.Data.Seed;
using Hamahang.Api.Tests.Data.LegacyMigrations;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Data;

/// <summary>
/// A SQLite database built by the hand-written migrations of before 2026-12-02, with the seed data, is
/// upgraded by the host's start (adopt the generated baseline, then migrate) without losing a row.
/// </summary>
public sealed class LegacyUpgradeTests
{
    [Fact]
    public async Task ASeededDatabaseOfTheHandWrittenMigrationsKeepsEveryRowWhenUpgraded()
    {
        using var legacy = new TempDatabase(DatabaseOptions.Sqlite);
        using (var db = new LegacySqliteContext(legacy.ConnectionString))
        {
            await db.Database.MigrateAsync();
            Assert.Equal(LegacyMigrationHistory.HandWritten, await db.Database.GetAppliedMigrationsAsync());
            Assert.True(await new Seeder(db, legacy.Actor).SeedAsync() > 100, "the seed should write its records");
        }

        var columns = SqliteCatalog.Columns(legacy.ConnectionString);
        var before = SqliteCatalog.Rows(legacy.ConnectionString, columns);
        Assert.True(before.Values.Sum(rows => rows.Count) > 100);

        await using (var db = legacy.CreateContext())
        {
            Assert.True(await LegacyMigrationHistory.AdoptAsync(db));
            await db.Database.MigrateAsync();
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            Assert.False(await LegacyMigrationHistory.AdoptAsync(db), "a second start has nothing to adopt");
        }

        // Every row keeps every value it had; columns and tables migrations added since are not compared.
        Assert.Equal(before, SqliteCatalog.Rows(legacy.ConnectionString, columns));
        using var fresh = new TempDatabase(DatabaseOptions.Sqlite);
        await using (var db = fresh.CreateContext())
        {
            await db.Database.MigrateAsync();
        }

        Assert.Equal(SqliteCatalog.Describe(fresh.ConnectionString), SqliteCatalog.Describe(legacy.ConnectionString));
    }

    [Fact]
    public async Task ADatabaseOfTheGeneratedMigrationsHasNothingToAdopt()
    {
        using var database = new TempDatabase(DatabaseOptions.Sqlite);
        await using var db = database.CreateContext();
        Assert.False(await LegacyMigrationHistory.AdoptAsync(db), "no history table yet");
        await db.Database.MigrateAsync();
        Assert.False(await LegacyMigrationHistory.AdoptAsync(db));
    }
}
