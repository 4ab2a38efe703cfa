using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hamahang.Api.Data.Providers;

/// <summary>
/// SQLite databases made before migrations were generated carry the history of two hand-written
/// migrations, which together built exactly the schema the first generated SQLite migration builds
/// (LegacyUpgradeTests proves it on a seeded database). Such a database is upgraded the way EF Core's
/// documentation baselines an existing database: the first generated migration is recorded as
/// applied in place of the hand-written ones, and every later migration then runs on it as usual.
/// </summary>
internal static class LegacyMigrationHistory
{
    public static readonly IReadOnlyList<string> HandWritten = ["20260101000000_InitialCreate", "20261122000000_SubscriptionOutbox"];

    /// <summary>Rewrites a hand-written history as the generated baseline; true when it did.</summary>
    public static async Task<bool> AdoptAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var history = db.GetService<IHistoryRepository>();
        if (db is not SqliteAppDbContext || !await history.ExistsAsync(cancellationToken))
        {
            return false;
        }

        var applied = (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(r => r.MigrationId).ToHashSet(StringComparer.Ordinal);
        var legacy = HandWritten.Where(applied.Contains).ToList();
        if (legacy.Count == 0)
        {
            return false;
        }

        if (legacy.Count != HandWritten.Count)
        {
            throw new InvalidOperationException(
                $"The database's migration history holds {string.Join(", ", legacy)} but not all of {string.Join(", ", HandWritten)}; start a host of " +
                    $"2026-11-22 to 2026-12-02 on it once first.");
        }

        var baseline = db.GetService<IMigrationsAssembly>().Migrations.Keys.Order(StringComparer.Ordinal).First();
        var script = string.Concat(legacy.Select(history.GetDeleteScript))
            + history.GetInsertScript(new HistoryRow(baseline, ProductInfo.GetVersion()));
        await using var transaction = await db.BeginWriteAsync(cancellationToken);
#pragma warning disable EF1002 // the script is the provider's own history SQL, not input
        await db.Database.ExecuteSqlRawAsync(script, cancellationToken);
#pragma warning restore EF1002
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
