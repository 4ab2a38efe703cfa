using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace Hamahang.Api.Data.Providers;

/// <summary>
/// The prepared statements of one <see cref="HeldSqliteConnection"/>, by SQL text, the most recently used kept.
/// EF Core makes a new command for every query it runs and disposes it after, and Microsoft.Data.Sqlite keeps a
/// command's prepared statements only as long as the command, so every query compiled its SQL again
/// (<c>sqlite3_prepare_v2</c>: about a sixth of the meetings page's CPU, bench/README.md "Prepared statements").
/// EF's commands on a held connection are <see cref="ReusedStatementCommand"/>s, which rent a prepared
/// <see cref="SqliteCommand"/> here by their text and give it back when they are disposed. Not thread-safe: a
/// connection, like the context holding it, is used by one caller at a time.
/// </summary>
/// <param name="connection">The connection the statements are prepared on.</param>
/// <param name="capacity">How many idle statements are kept; the least recently used goes first.</param>
internal sealed class PreparedStatements(SqliteConnection connection, int capacity = PreparedStatements.DefaultCapacity)
{
    /// <summary>
    /// A host runs some tens of distinct SQL texts (one per loader and per root list's shape of filter and order); a
    /// prepared statement costs a few kilobytes of SQLite's memory, and the host holds one connection per pooled context.
    /// </summary>
    public const int DefaultCapacity = 64;

    private readonly Dictionary<string, LinkedListNode<SqliteCommand>> idle = new(StringComparer.Ordinal);
    private readonly LinkedList<SqliteCommand> recency = new();

    /// <summary>How many rentals found their statement prepared already (tests read it).</summary>
    public int Reused { get; private set; }

    /// <summary>How many idle statements are kept now.</summary>
    public int Count => idle.Count;

    /// <summary>A command for <paramref name="text"/> with no parameters, prepared already if one was given back before.</summary>
    public SqliteCommand Rent(string text)
    {
        if (idle.Remove(text, out var node))
        {
            recency.Remove(node);
            node.Value.Parameters.Clear();
            Reused++;
            return node.Value;
        }

        var command = connection.CreateCommand();
        command.CommandText = text;
        return command;
    }

    /// <summary>Keeps <paramref name="command"/> for the next rental of its text, or disposes it when that text is kept already.</summary>
    public void Return(SqliteCommand command)
    {
        if (idle.ContainsKey(command.CommandText))
        {
            command.Dispose();
            return;
        }

        if (idle.Count == capacity && recency.Last is { } oldest)
        {
            recency.RemoveLast();
            idle.Remove(oldest.Value.CommandText);
            oldest.Value.Dispose();
        }

        idle.Add(command.CommandText, recency.AddFirst(command));
    }

    /// <summary>Disposes every kept statement (before the connection closes).</summary>
    public void Clear()
    {
        foreach (var command in recency)
        {
            command.Dispose();
        }

        recency.Clear();
        idle.Clear();
    }
}

/// <summary>
/// The command EF Core gets from a <see cref="HeldSqliteConnection"/>: it takes its text, parameters, timeout and
/// transaction as any command does and runs them on a <see cref="SqliteCommand"/> rented from the connection's
/// <see cref="PreparedStatements"/> by that text, given back when this command is disposed (EF disposes it after its
/// reader). A command disposed while its reader is still open gives its statement up instead (the reader still steps it).
/// </summary>
[SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities", Justification = "EF Core's parameterized SQL, passed through.")]
internal sealed class ReusedStatementCommand(HeldSqliteConnection connection, PreparedStatements statements) : DbCommand
{
    private SqliteCommand? rented;
    private SqliteDataReader? reader;
    private string text = string.Empty;
    private int timeout = 30;
    private SqliteTransaction? transaction;

    [AllowNull]
    public override string CommandText
    {
        get => text;
        set
        {
            // A rented command takes the new text too (and prepares it afresh), keeping its parameters as a command does.
            text = value ?? string.Empty;
            rented?.CommandText = text;
        }
    }

    public override int CommandTimeout
    {
        get => timeout;
        set
        {
            timeout = value;
            rented?.CommandTimeout = value;
        }
    }

    public override CommandType CommandType
    {
        get => CommandType.Text;
        set
        {
            if (value != CommandType.Text)
            {
                throw new ArgumentException("SQLite runs text commands only.", nameof(value));
            }
        }
    }

    public override UpdateRowSource UpdatedRowSource { get; set; }

    public override bool DesignTimeVisible { get; set; }

    protected override DbConnection? DbConnection
    {
        get => connection;
        set
        {
            if (!ReferenceEquals(value, connection))
            {
                throw new NotSupportedException("A held connection's command runs on that connection only.");
            }
        }
    }

    protected override DbParameterCollection DbParameterCollection => Statement.Parameters;

    protected override DbTransaction? DbTransaction
    {
        get => transaction;
        set
        {
            transaction = (SqliteTransaction?)value;
            rented?.Transaction = transaction;
        }
    }

    /// <summary>The rented command for the current text, rented on first use.</summary>
    private SqliteCommand Statement
    {
        get
        {
            if (rented is null)
            {
                rented = statements.Rent(text);
                rented.CommandTimeout = timeout;
                rented.Transaction = transaction;
            }

            return rented;
        }
    }

    public override void Cancel() => rented?.Cancel();

    public override void Prepare() => Statement.Prepare();

    protected override DbParameter CreateDbParameter() => Statement.CreateParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => reader = Statement.ExecuteReader(behavior);

    // Microsoft.Data.Sqlite runs its async methods synchronously too.
    protected override Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(ExecuteDbDataReader(behavior));
    }

    public override int ExecuteNonQuery() => Statement.ExecuteNonQuery();

    public override object? ExecuteScalar() => Statement.ExecuteScalar();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            GiveBack();
        }

        base.Dispose(disposing);
    }

    private void GiveBack()
    {
        if (rented is null)
        {
            return;
        }

        if (reader is { IsClosed: false })
        {
            rented.Dispose();
        }
        else
        {
            statements.Return(rented);
        }

        rented = null;
        reader = null;
    }
}
