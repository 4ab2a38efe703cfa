using System.Runtime.CompilerServices;
using Hamahang.Api.Data;
using Hamahang.Api.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Data;

/// <summary>
/// The writers of one SQLite file take turns in the process (<see cref="SqliteWriteTurns"/>): a write transaction waits
/// for the one before it without blocking a thread, begins when that one ends however it ends (commit, rollback,
/// disposal), in the order the writers came, and a writer that gives up waiting takes nobody's turn.
/// Without turns, each second writer's <c>BEGIN IMMEDIATE</c> would block the test's thread in SQLite's busy handler
/// until the command timeout and fail, since the first writer commits only after it.
/// </summary>
public sealed class SqliteWriteTurnsTests : IDisposable
{
    private readonly TempDatabase database = new(DatabaseOptions.Sqlite);
    private readonly List<AppDbContext> contexts = [];

    public SqliteWriteTurnsTests()
    {
        using var db = database.CreateContext();
        db.Database.EnsureCreated();
    }

    private SqliteWriteTurns Turns => SqliteWriteTurns.For(database.ConnectionString)!;

    [Fact]
    public async Task ASecondWriterWaitsWithoutAThreadAndBeginsWhenTheFirstCommits()
    {
        var first = await Writer().BeginWriteAsync();
        var second = Writer().BeginWriteAsync();

        Assert.False(second.IsCompleted);
        Assert.True(Turns.Held);
        await first.CommitAsync();
        await using (await second)
        {
            Assert.True(Turns.Held);
        }

        Assert.False(Turns.Held);
        await first.DisposeAsync();
        Assert.False(Turns.Held); // given back once
    }

    [Fact]
    public async Task TheTurnPassesOnWhenAWriteRollsBackOrEndsUncommitted()
    {
        var rolledBack = await Writer().BeginWriteAsync();
        var next = Writer().BeginWriteAsync();
        await rolledBack.RollbackAsync();
        var abandoned = await next;
        var last = Writer().BeginWriteAsync();

        Assert.False(last.IsCompleted);
        await abandoned.DisposeAsync(); // neither committed nor rolled back: disposal rolls it back
        (await last).Commit();
        Assert.False(Turns.Held);
    }

    [Fact]
    public async Task WritersBeginInTheOrderTheyCame()
    {
        var first = await Writer().BeginWriteAsync();
        var waiting = Enumerable.Range(0, 4).Select(_ => Writer().BeginWriteAsync()).ToList();

        var current = first;
        for (var i = 0; i < waiting.Count; i++)
        {
            Assert.All(waiting[i..], w => Assert.False(w.IsCompleted));
            await current.CommitAsync();
            current = await waiting[i];
        }

        await current.CommitAsync();
        Assert.False(Turns.Held);
    }

    [Fact]
    public async Task AWriterThatStopsWaitingTakesNobodysTurn()
    {
        var first = await Writer().BeginWriteAsync();
        using var leave = new CancellationTokenSource();
        var leaving = Writer().BeginWriteAsync(leave.Token);
        var staying = Writer().BeginWriteAsync();

        await leave.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaving);
        Assert.False(staying.IsCompleted);
        await first.CommitAsync();
        await (await staying).CommitAsync();
        Assert.False(Turns.Held);
    }

    [Fact]
    public async Task ASaveWaitsForTheWriterBeforeIt()
    {
        var first = await Writer().BeginWriteAsync();
        var saver = Writer();
        saver.Districts.Add(new Hamahang.Api.Domain.District { Number = 23, Name = "منطقه ۲۳", NameEn = "District 23" });
        var save = saver.SaveChangesAsync();

        Assert.False(save.IsCompleted);
        await first.CommitAsync();
        Assert.Equal(1, await save);
        Assert.False(Turns.Held);
    }

    [Fact]
    public async Task SynchronousWritersTakeTurnsToo()
    {
        var first = Writer().BeginWrite();
        var writer = Writer();
        var second = Task.Run(writer.BeginWrite);

        first.Commit();
        var begun = await second;
        Assert.True(Turns.Held); // the second writer's turn now, until it ends
        begun.Commit();
        Assert.False(Turns.Held);
    }

    [Fact]
    public void EachFileHasItsTurnsAndAnInMemoryDatabaseHasNone()
    {
        using var other = new TempDatabase(DatabaseOptions.Sqlite);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, database.Path);

        Assert.Same(Turns, SqliteWriteTurns.For($"Data Source={relative};Pooling=False"));
        Assert.NotSame(Turns, SqliteWriteTurns.For(other.ConnectionString));
        Assert.Null(SqliteWriteTurns.For("Data Source=:memory:"));
        Assert.Null(SqliteWriteTurns.For("Data Source=hamahang;Mode=Memory;Cache=Shared"));
    }

    [Fact]
    public async Task AContextWhoseOptionsLeaveTurnsOutTakesNone()
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        builder.Use(DatabaseOptions.Sqlite, database.ConnectionString, writeTurns: false);
        var options = builder.Options;
        await using var db = DatabaseProvider.CreateContext(DatabaseOptions.Sqlite, options, database.Caller, TimeProvider.System);

        await using (await db.BeginWriteAsync())
        {
            Assert.False(Turns.Held); // SQLite's lock alone orders it with the others
        }

        await using (await Writer().BeginWriteAsync())
        {
            Assert.True(Turns.Held);
        }
    }

    [Fact]
    public void EveryWriteTransactionTheApiBeginsComesFromBeginWrite()
    {
        var root = Root();
        var api = Path.Combine(root, "api");
        var allowed = new[] { Path.Combine(api, "Data", "AppDbContext.cs"), Path.Combine(api, "Data", "Providers", "SqliteWriteTurns.cs") };
        var others = Directory.EnumerateFiles(api, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !allowed.Contains(f))
            .Where(f => File.ReadAllText(f).Contains(".BeginTransaction", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f));

        Assert.Empty(others); // such a transaction would skip the file's turns
        Assert.All(allowed, f => Assert.Contains(".BeginTransaction", File.ReadAllText(f), StringComparison.Ordinal));
    }

    private static string Root([CallerFilePath] string here = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));

    public void Dispose()
    {
        foreach (var db in contexts)
        {
            db.Dispose();
        }

        database.Dispose();
    }

    // Each writer on a context (and so a connection) of its own; the command timeout bounds a test whose turns fail.
    private AppDbContext Writer()
    {
        var db = database.CreateContext();
        db.Database.SetCommandTimeout(5);
        contexts.Add(db);
        return db;
    }
}
