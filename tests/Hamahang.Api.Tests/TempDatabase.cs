using Hamahang.Api.Data;
using Hamahang.Api.Data.Providers;
using Microsoft.Data.Sqlite;

namespace Hamahang.Api.Tests;

/// <summary>A fresh SQLite file in the temp folder, deleted when the test is done.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"hamahang-test-{Guid.NewGuid():N}.db");
    }

    public string Path { get; }

    public string ConnectionString => $"Data Source={Path}";

    public CurrentActor Actor { get; } = new();

    internal AppDbContext CreateContext(TimeProvider? clock = null) =>
        new SqliteAppDbContext(DatabaseProvider.Options(DatabaseOptions.Sqlite, ConnectionString), Actor, clock ?? TimeProvider.System);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(Path + suffix);
        }
    }
}
