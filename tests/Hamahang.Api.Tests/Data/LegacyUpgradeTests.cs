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
    private const string LegacyAddress = "https://www.payamekhuzestan.ir/Fa/News/331890/";

    [Fact]
    public async Task ASeededDatabaseOfTheHandWrittenMigrationsKeepsEveryRowWhenUpgraded()
    {
        using var legacy = new TempDatabase(DatabaseOptions.Sqlite);
        using (var db = new LegacySqliteContext(legacy.ConnectionString))
        {
            await db.Database.MigrateAsync();
            Assert.Equal(LegacyMigrationHistory.HandWritten, await db.Database.GetAppliedMigrationsAsync());
            Assert.True(await new Seeder(db, legacy.Caller).SeedAsync() > 100, "the seed should write its records");
        }

        // The hand-written schema kept a meeting's address on the meeting; the seed no longer writes it.
        SqliteCatalog.Execute(legacy.ConnectionString, $"UPDATE Meetings SET SourceUrl = '{LegacyAddress}' WHERE Id = 1");
        var columns = SqliteCatalog.Columns(legacy.ConnectionString);
        Assert.True(columns["Meetings"].Remove("SourceUrl"), "the hand-written schema has Meetings.SourceUrl");
        var before = SqliteCatalog.Rows(legacy.ConnectionString, columns);
        Assert.True(before.Values.Sum(rows => rows.Count) > 100);

        await using (var db = legacy.CreateContext())
        {
            Assert.True(await LegacyMigrationHistory.AdoptAsync(db));
            await db.Database.MigrateAsync();
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            Assert.False(await LegacyMigrationHistory.AdoptAsync(db), "a second start has nothing to adopt");
        }

        // Every row keeps every value it had; columns and tables migrations added since are not compared,
        // and Meetings.SourceUrl, which a migration moved to the meeting's source, is compared where it went.
        Assert.Equal(before, SqliteCatalog.Rows(legacy.ConnectionString, columns));
        Assert.DoesNotContain("SourceUrl", SqliteCatalog.Columns(legacy.ConnectionString)["Meetings"]);
        Assert.Equal(
            [[LegacyAddress, LegacyAddress, ""]],
            SqliteCatalog.Query(legacy.ConnectionString,
                "SELECT s.Url, s.Outlet, coalesce(s.NewsCode, '') FROM Meetings m JOIN Sources s ON s.Id = m.SourceId WHERE m.Id = 1"));
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
