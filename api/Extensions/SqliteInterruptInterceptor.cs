using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hamahang.Api.Extensions;

/// <summary>
/// Makes a cancelled token stop the SQLite command that is running. Microsoft.Data.Sqlite checks the token only
/// before it starts (<c>SqliteCommand.Cancel</c> does nothing), so a slow query would run on after the request
/// timed out; this registers <c>sqlite3_interrupt</c> on the token while a command of the connection runs (SQLite
/// allows it from another thread), and the command ends with SQLITE_INTERRUPT. SQL Server's client cancels by itself.
/// </summary>
internal sealed class SqliteInterruptInterceptor : DbCommandInterceptor
{
    public static SqliteInterruptInterceptor Instance { get; } = new();

    private readonly ConcurrentDictionary<DbCommand, CancellationTokenRegistration> _running = new();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result,
        CancellationToken cancellationToken = default)
    {
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Forget(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default)
    {
        Forget(command);
        return ValueTask.FromResult(result);
    }

    // A reader steps through its rows after ExecuteReader returns: the command runs until the reader closes.
    public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Forget(command);
        return result;
    }

    public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Forget(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Forget(command);
        return result;
    }

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(command);
        return Task.CompletedTask;
    }

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(command);
        return Task.CompletedTask;
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Forget(command);

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Forget(command);

    private void Watch(DbCommand command, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled || command.Connection is not SqliteConnection { Handle: { } handle })
        {
            return;
        }

        Forget(command);
        _running[command] = cancellationToken.Register(static state => SQLitePCL.raw.sqlite3_interrupt((SQLitePCL.sqlite3)state!), handle);
    }

    // Disposing waits for an interrupt already under way, so none reaches a later command of the connection.
    private void Forget(DbCommand command)
    {
        if (_running.TryRemove(command, out var registration))
        {
            registration.Dispose();
        }
    }
}
