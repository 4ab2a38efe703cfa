using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hamahang.Api.Data.Providers;

/// <summary>
/// The writers of this process on one SQLite file, taking turns: a write transaction (<see cref="AppDbContext.BeginWriteAsync"/>)
/// waits for its turn, without a thread, before its <c>BEGIN IMMEDIATE</c>, and gives the turn to the next writer when it
/// commits, rolls back or is disposed. SQLite lets one writer in at a time anyway; without turns the others are refused
/// at <c>BEGIN</c> and retry in SQLite's busy handler (<see cref="SqliteBusyTimeout"/>), each blocking a thread, the one
/// that has waited longest retrying least often. With turns they start in the order they came, as soon as the lock is free.
/// Writers in other processes still meet at SQLite's lock and its busy handler; a writer that waited
/// <see cref="DatabaseFacade.GetCommandTimeout"/> for its turn (30 s unless set) begins without it, as before turns.
/// In-memory databases have no turns: each connection has a database of its own. A context takes turns when its options
/// hold <see cref="Taken"/> (<see cref="DatabaseProvider.Use"/> adds it unless <c>Database:WriteTurns</c> is false).
/// </summary>
[SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "One per file, kept for the process.")]
internal sealed class SqliteWriteTurns
{
    private const int DefaultCommandTimeoutSeconds = 30;

    private static readonly ConcurrentDictionary<string, SqliteWriteTurns?> ByConnectionString = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, SqliteWriteTurns> ByFile = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim turn = new(1, 1);

    /// <summary>In a context's options: its writers take turns. It intercepts nothing.</summary>
    public static IInterceptor Taken { get; } = new TakesTurns();

    /// <summary>Whether a writer has the turn now (for tests).</summary>
    internal bool Held => turn.CurrentCount == 0;

    /// <summary>The turns a context of <paramref name="options"/> takes: its file's, if the options say it takes turns.</summary>
    public static SqliteWriteTurns? Of(IDbContextOptions options, string? connectionString) =>
        options.FindExtension<CoreOptionsExtension>()?.Interceptors?.Contains(Taken) == true ? For(connectionString) : null;

    /// <summary>The turns of the file <paramref name="connectionString"/> opens; none for an in-memory database.</summary>
    public static SqliteWriteTurns? For(string? connectionString) =>
        connectionString is null
            ? null
            : ByConnectionString.GetOrAdd(connectionString, static c => FileOf(c) is { } file ? ByFile.GetOrAdd(file, _ => new()) : null);

    /// <summary>Begins <paramref name="database"/>'s transaction once it is this writer's turn.</summary>
    public async Task<IDbContextTransaction> BeginAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        var held = await turn.WaitAsync(Patience(database), cancellationToken);
        try
        {
            var transaction = await database.BeginTransactionAsync(cancellationToken);
            return held ? new TurnTransaction(transaction, turn) : transaction;
        }
        catch when (held)
        {
            turn.Release();
            throw;
        }
    }

    /// <inheritdoc cref="BeginAsync" />
    public IDbContextTransaction Begin(DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var held = turn.Wait(Patience(database));
        try
        {
            var transaction = database.BeginTransaction();
            return held ? new TurnTransaction(transaction, turn) : transaction;
        }
        catch when (held)
        {
            turn.Release();
            throw;
        }
    }

    private static TimeSpan Patience(DatabaseFacade database) => TimeSpan.FromSeconds(database.GetCommandTimeout() ?? DefaultCommandTimeoutSeconds);

    private static string? FileOf(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return DatabaseProvider.InMemory(builder) || builder.DataSource.StartsWith("file:", StringComparison.Ordinal)
            ? null
            : Path.GetFullPath(builder.DataSource);
    }

    private sealed class TakesTurns : IInterceptor;

    /// <summary>A transaction holding the turn: it gives it back once, when it ends.</summary>
    private sealed class TurnTransaction(IDbContextTransaction inner, SemaphoreSlim turn) : IDbContextTransaction
    {
        private int given;

        public Guid TransactionId => inner.TransactionId;

        public bool SupportsSavepoints => inner.SupportsSavepoints;

        public void Commit()
        {
            inner.Commit();
            GiveBack();
        }

        public async Task CommitAsync(CancellationToken cancellationToken = default)
        {
            await inner.CommitAsync(cancellationToken);
            GiveBack();
        }

        public void Rollback()
        {
            inner.Rollback();
            GiveBack();
        }

        public async Task RollbackAsync(CancellationToken cancellationToken = default)
        {
            await inner.RollbackAsync(cancellationToken);
            GiveBack();
        }

        public void CreateSavepoint(string name) => inner.CreateSavepoint(name);

        public Task CreateSavepointAsync(string name, CancellationToken cancellationToken = default) => inner.CreateSavepointAsync(name, cancellationToken);

        public void RollbackToSavepoint(string name) => inner.RollbackToSavepoint(name);

        public Task RollbackToSavepointAsync(string name, CancellationToken cancellationToken = default) =>
            inner.RollbackToSavepointAsync(name, cancellationToken);

        public void ReleaseSavepoint(string name) => inner.ReleaseSavepoint(name);

        public Task ReleaseSavepointAsync(string name, CancellationToken cancellationToken = default) => inner.ReleaseSavepointAsync(name, cancellationToken);

        public void Dispose()
        {
            try
            {
                inner.Dispose();
            }
            finally
            {
                GiveBack();
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await inner.DisposeAsync();
            }
            finally
            {
                GiveBack();
            }
        }

        // The transaction has ended: the lock is free for the next writer. A commit or rollback that failed leaves the
        // transaction to its disposal, which rolls it back and then gives the turn.
        private void GiveBack()
        {
            if (Interlocked.Exchange(ref given, 1) == 0)
            {
                turn.Release();
            }
        }
    }
}
