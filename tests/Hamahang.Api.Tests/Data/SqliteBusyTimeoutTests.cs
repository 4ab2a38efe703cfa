using Hamahang.Api.Data;
using Hamahang.Api.Data.Providers;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using SQLitePCL;

namespace Hamahang.Api.Tests.Data;

/// <summary>
/// Every SQLite connection the host makes waits in SQLite's own busy handler for a lock another writer holds
/// (<see cref="SqliteBusyTimeout"/>), where a bare Microsoft.Data.Sqlite connection is told SQLITE_BUSY at once and
/// sleeps 150 ms before it tries again. SQL Server's options are left as they were.
/// </summary>
public sealed class SqliteBusyTimeoutTests(SqliteHostFactory factory) : IClassFixture<SqliteHostFactory>
{
    [Fact]
    public async Task TheHostsConnectionsHaveSqlitesBusyTimeout()
    {
        await factory.CreateKeyAsync(ApiKeyRole.Admin); // the host is up, migrated and seeded
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.OpenConnectionAsync();

        Assert.Equal(SqliteBusyTimeout.Milliseconds, BusyTimeout((SqliteConnection)db.Database.GetDbConnection()));
        await using var bare = Bare();
        await bare.OpenAsync();
        Assert.Equal(0, BusyTimeout(bare));
    }

    [Fact]
    public async Task AWriterOnAHostConnectionStartsWhenTheOtherWriterCommitsWhereABareConnectionIsRefused()
    {
        await factory.CreateKeyAsync(ApiKeyRole.Admin);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.OpenConnectionAsync();
        var host = ((SqliteConnection)db.Database.GetDbConnection()).Handle!;
        await using var other = Bare();
        await other.OpenAsync();
        var writer = other.Handle!;

        // Another writer holds the write lock and commits 50 ms later, on a thread of its own (not the pool's).
        Assert.Equal(raw.SQLITE_OK, raw.sqlite3_exec(writer, "BEGIN IMMEDIATE"));
        var commit = new Thread(() =>
        {
            Thread.Sleep(50);
            raw.sqlite3_exec(writer, "COMMIT");
        });
        commit.Start();

        // One statement, no retry of Microsoft.Data.Sqlite's around it: SQLite's handler waits for the commit.
        Assert.Equal(raw.SQLITE_OK, raw.sqlite3_exec(host, "BEGIN IMMEDIATE"));
        commit.Join();

        // The same statement on a bare connection, while the host's transaction is open, is refused at once.
        Assert.Equal(raw.SQLITE_BUSY, raw.sqlite3_exec(writer, "BEGIN IMMEDIATE"));
        Assert.Equal(raw.SQLITE_OK, raw.sqlite3_exec(host, "ROLLBACK"));
    }

    [Fact]
    public void OnlySqlitesOptionsHaveTheBusyTimeout()
    {
        static bool HasIt(string provider, string connectionString) =>
            DatabaseProvider.Options(provider, connectionString).FindExtension<CoreOptionsExtension>()?.Interceptors
                ?.Contains(SqliteBusyTimeout.Instance) == true;

        Assert.True(HasIt(DatabaseOptions.Sqlite, "Data Source=hamahang.db"));
        Assert.False(HasIt(DatabaseOptions.SqlServer, "Server=hamahang-no-such-server;Database=Hamahang"));
    }

    // Not from Microsoft.Data.Sqlite's pool, where a handle the host opened (with its busy timeout) may wait.
    private SqliteConnection Bare() => new($"{factory.Database.ConnectionString};Pooling=False");

    private static long BusyTimeout(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout";
        return (long)command.ExecuteScalar()!;
    }
}
