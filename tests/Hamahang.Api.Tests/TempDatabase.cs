using Hamahang.Api.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

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
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(ConnectionString).Options, Actor, clock ?? TimeProvider.System);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(Path + suffix);
        }
    }
}
