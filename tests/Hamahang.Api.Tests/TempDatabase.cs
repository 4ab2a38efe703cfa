using Hamahang.Api.Data;
using Hamahang.Api.Data.Providers;
using Hamahang.Api.GraphQL.Authorization;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace Hamahang.Api.Tests;

/// <summary>
/// A fresh database for one test or host, removed afterwards: a SQLite file in the temp folder, or, when
/// <see cref="TestDatabases.SqlServer"/> holds a connection string, a new database of its own on that
/// SQL Server. Tests of something only SQLite has (its catalog, the legacy migrations) ask for SQLite.
/// </summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase(string? provider = null)
    {
        Provider = provider ?? TestDatabases.Provider;
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"hamahang-test-{Guid.NewGuid():N}.db");
        ConnectionString = Provider == DatabaseOptions.SqlServer
            ? new SqlConnectionStringBuilder(TestDatabases.SqlServer) { InitialCatalog = $"hamahang_test_{Guid.NewGuid():N}" }.ConnectionString
            : $"Data Source={Path}";
    }

    /// <summary><see cref="DatabaseOptions.Sqlite"/> or <see cref="DatabaseOptions.SqlServer"/>.</summary>
    public string Provider { get; }

    /// <summary>The SQLite file (SQLite only).</summary>
    public string Path { get; }

    public string ConnectionString { get; }

    /// <summary>Who the contexts made here record (<c>system</c> until a test identifies it).</summary>
    public Caller Caller { get; } = new();

    internal AppDbContext CreateContext(TimeProvider? clock = null) => CreateContext(Caller, clock ?? TimeProvider.System);

    internal AppDbContext CreateContext(Caller caller, TimeProvider clock) =>
        DatabaseProvider.CreateContext(Provider, DatabaseProvider.Options(Provider, ConnectionString), caller, clock);

    public void Dispose()
    {
        if (Provider == DatabaseOptions.SqlServer)
        {
            SqlConnection.ClearAllPools();
            using var db = CreateContext();
            db.Database.EnsureDeleted();
            return;
        }

        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(Path + suffix);
        }
    }
}

/// <summary>Which database the API tests run on: SQL Server when <c>HAMAHANG_TEST_SQLSERVER</c> holds a connection string, else SQLite.</summary>
public static class TestDatabases
{
    public const string Variable = "HAMAHANG_TEST_SQLSERVER";

    /// <summary>The SQL Server to test on (its database name is replaced by a fresh one per test database), or null.</summary>
    public static string? SqlServer { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static string Provider => SqlServer is null ? DatabaseOptions.Sqlite : DatabaseOptions.SqlServer;
}
