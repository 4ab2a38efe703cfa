using Hamahang.Api.Data.Providers;
using Hamahang.Api.Data.Seed;
using Hamahang.Api.Domain;
using Hamahang.Api.Extensions;
using Hamahang.Api.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hamahang.Api.Data;

/// <summary>
/// What the host does to its database before serving: apply migrations, seed an empty database,
/// and, when there is no API key at all, create the first Admin key (returned to be shown once).
/// </summary>
public sealed class DatabaseInitializer(AppDbContext db, Seeder seeder, ApiKeyService keys, IOptions<DatabaseOptions> options,
    ILogger<DatabaseInitializer> logger)
{
    /// <summary>Prepares the database and returns the first Admin key when it created one.</summary>
    public async Task<string?> InitializeAsync(CancellationToken cancellationToken = default) =>
        await PrepareAsync(cancellationToken) ? await CreateFirstKeyAsync(cancellationToken) : null;

    /// <summary>Migrates and seeds an empty database (as configured); false when the database is not reachable.</summary>
    public async Task<bool> PrepareAsync(CancellationToken cancellationToken = default)
    {
        if (options.Value.MigrateOnStartup)
        {
            await LegacyMigrationHistory.AdoptAsync(db, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            await NormalizedColumns.RefreshStaleAsync(db, cancellationToken);
            await MinutesPositions.BackfillAsync(db, cancellationToken);
        }
        else if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            logger.DatabaseUnreachable();
            return false;
        }

        if (options.Value.SeedOnStartup && !await db.Districts.AnyAsync(cancellationToken))
        {
            try
            {
                logger.Seeded(await seeder.SeedAsync(cancellationToken));
            }
            catch (DbUpdateException e)
            {
                // Another host starting on the same database may have seeded it first.
                db.ChangeTracker.Clear();
                if (!await db.Districts.AnyAsync(cancellationToken))
                {
                    throw;
                }

                logger.SeededElsewhere(e);
            }
        }

        return true;
    }

    private async Task<string?> CreateFirstKeyAsync(CancellationToken cancellationToken)
    {
        if (await db.ApiKeys.AnyAsync(cancellationToken))
        {
            return null;
        }

        var (record, key) = await keys.CreateAsync(ApiKeyRole.Admin, name: "first start", cancellationToken: cancellationToken);
        logger.FirstKeyCreated(record.Prefix);
        return key;
    }
}
