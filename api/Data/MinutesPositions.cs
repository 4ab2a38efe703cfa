using System.Linq.Expressions;
using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Hamahang.Api.Data;

/// <summary>
/// The publication position of minutes (<see cref="Minutes.PublicationPosition"/>): a value that only moves forward in
/// commit order, which <c>publishedAt</c> is not (two publishes racing: the one stamped first may commit last). On
/// SQLite writes are serial, so the save takes the next value inside its transaction, after the write lock is held
/// (Microsoft.Data.Sqlite begins transactions with <c>BEGIN IMMEDIATE</c>): the next writer waits for this one's commit
/// and reads a larger maximum. On SQL Server the value is the row's rowversion; rows from a transaction still open
/// may be below rows already committed, so the pull reads only below <c>MIN_ACTIVE_ROWVERSION()</c>, read in a statement
/// of its own before the page: under READ_COMMITTED_SNAPSHOT a statement reads the rows committed when it began, so a
/// frontier evaluated inside the page's own statement could pass a revision committed after that snapshot was taken.
/// </summary>
public static class MinutesPositions
{
    /// <summary>SQL Server's frontier: every rowversion below it is committed.</summary>
    public const string FrontierSql = "SELECT MIN_ACTIVE_ROWVERSION() AS [Value]";

    /// <summary>
    /// Published minutes whose position is below <paramref name="frontier"/>, and all others: a pull that pages on the
    /// position never sees a revision before every revision of a lower position is committed.
    /// </summary>
    public static Expression<Func<Minutes, bool>> Committed(long frontier) =>
        m => m.Status != MinutesStatus.Published || m.PublicationPosition < frontier;

    /// <summary>
    /// The position below which every publication is committed, read now, before the page is: on SQL Server
    /// <c>MIN_ACTIVE_ROWVERSION()</c> (as the column's own converter reads a rowversion); on SQLite, whose saves take the
    /// next position under the write lock, every committed position is final and the frontier is the largest there is.
    /// </summary>
    public static async Task<long> FrontierAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (Position(db) is { ValueGenerated: not ValueGenerated.Never } position)
        {
            // The server assigns the position (SQL Server's rowversion).
            var frontier = await db.Database.SqlQueryRaw<byte[]>(FrontierSql).SingleAsync(cancellationToken);
            return (long)position.GetValueConverter()!.ConvertFromProvider(frontier)!;
        }

        return long.MaxValue;
    }

    /// <summary>
    /// Gives the minutes this save publishes (inserted as published, or changed to published) the next positions, in
    /// order of publication time. Runs inside the save's transaction; nothing on SQL Server, whose server assigns them.
    /// </summary>
    internal static async Task AssignAsync(AppDbContext db, bool sync, CancellationToken cancellationToken)
    {
        if (!TakenBySave(db))
        {
            return;
        }

        var publishing = db.ChangeTracker.Entries<Minutes>()
            .Where(e => e.Entity is { Status: MinutesStatus.Published, PublicationPosition: null })
            .Where(e => e.State == EntityState.Added
                || (e.State == EntityState.Modified && !Equals(e.Property(m => m.Status).OriginalValue, MinutesStatus.Published)))
            .Select(e => e.Entity)
            .OrderBy(m => m.PublishedAt)
            .ToList();
        if (publishing.Count == 0)
        {
            return;
        }

        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Publication positions are taken inside the save's transaction, under the write lock.");
        }

        var positions = db.Minutes.AsNoTracking().Select(m => m.PublicationPosition);
        var last = (sync ? positions.Max() : await positions.MaxAsync(cancellationToken)) ?? 0;
        foreach (var minutes in publishing)
        {
            minutes.PublicationPosition = ++last;
        }
    }

    /// <summary>
    /// Gives published minutes saved before positions existed (a SQLite database migrated from an earlier version) their
    /// positions, in publication order. SQL Server filled its rowversion column when the migration added it.
    /// </summary>
    internal static async Task BackfillAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (!TakenBySave(db))
        {
            return;
        }

        var published = db.Minutes.Where(m => m.Status == MinutesStatus.Published && m.PublicationPosition == null);
        if (!await published.AnyAsync(cancellationToken))
        {
            return;
        }

        // Under the write lock, as a save would take them (another host may be starting on the same database).
        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        var missing = await published.OrderBy(m => m.PublishedAt).ThenBy(m => m.Id).Select(m => m.Id).ToListAsync(cancellationToken);
        var last = await db.Minutes.MaxAsync(m => m.PublicationPosition, cancellationToken) ?? 0;
        foreach (var id in missing)
        {
            var position = ++last;
            // Published minutes never change through the change tracker (DomainRules); this fills a column they never had.
            await db.Minutes.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.PublicationPosition, position), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    // SQLite's model: a column the save sets (SQL Server's server generates it; a model without it has none to set).
    private static bool TakenBySave(AppDbContext db) => Position(db) is { ValueGenerated: ValueGenerated.Never };

    private static IProperty? Position(AppDbContext db) =>
        db.Model.FindEntityType(typeof(Minutes))?.FindProperty(nameof(Minutes.PublicationPosition));
}
