using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hamahang.Api.Data.Providers;

/// <summary>
/// Gives every SQLite connection SQLite's own busy handler (<c>sqlite3_busy_timeout</c>). Microsoft.Data.Sqlite sets none:
/// a statement that finds the file locked (a writer's <c>BEGIN IMMEDIATE</c> while another writer's transaction is open)
/// fails at once with SQLITE_BUSY, and its reader retries after <c>Thread.Sleep(150)</c> until the command timeout
/// (<c>SqliteDataReader.NextResult</c>), blocking the thread; with 16 concurrent writers a writer that lost a few times
/// waited over half a second for a lock that was free most of that time (bench/README.md, "HTTP against peers").
/// SQLite's handler retries within the statement after 1, 2, 5, 10 ... 100 ms, so a writer starts soon after the lock is
/// released. Past <see cref="Milliseconds"/> the statement still fails with SQLITE_BUSY and Microsoft.Data.Sqlite's own
/// retries go on as before, up to the command timeout. Nothing else changes: SQLite's locks still decide who writes.
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    /// <summary>
    /// How long one statement waits in SQLite's handler. Short, because a wait there does not see the request's
    /// cancellation (<see cref="Extensions.SqliteInterruptInterceptor"/> interrupts the statement, which notices only when the wait ends).
    /// </summary>
    public const int Milliseconds = 1000;

    public static SqliteBusyTimeout Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Set(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Set(connection);
        return Task.CompletedTask;
    }

    private static void Set(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            SqliteException.ThrowExceptionForRC(SQLitePCL.raw.sqlite3_busy_timeout(handle, Milliseconds), handle);
        }
    }
}
