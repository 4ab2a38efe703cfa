using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hamahang.Api.Data.Providers;

/// <summary>
/// A SQLite connection that stays open from its first use until its pooled context is disposed: EF Core closes a
/// context's connection after every query and on every return to the pool, and each close and open goes through
/// Microsoft.Data.Sqlite's connection pool, whose lock the concurrent DataLoaders of a request (and the requests)
/// contend for. The meetings page opened four connections per request for its four commands; with a held
/// connection a pooled context opens one once (bench/README.md, "Held connections").
/// Its commands keep their prepared statements for the next query of the same SQL (<see cref="PreparedStatements"/>).
/// An idle held connection holds no lock on the file: EF disposes each query's reader, which resets its statement.
/// </summary>
internal sealed class HeldSqliteConnection(string connectionString) : SqliteConnection(connectionString)
{
    private bool disposing;
    private PreparedStatements? statements;

    /// <summary>The statements this connection keeps prepared (made with its first command).</summary>
    internal PreparedStatements Statements => statements ??= new PreparedStatements(this);

    /// <summary>What EF Core asks for each query: a command that reuses the statement prepared for its SQL.</summary>
    protected override DbCommand CreateDbCommand() => new ReusedStatementCommand(this, Statements);

    /// <summary>Stays open: EF Core asks after each query and when its context goes back to the pool.</summary>
    public override void Close()
    {
        if (disposing)
        {
            base.Close();
        }
    }

    /// <inheritdoc cref="Close" />
    public override Task CloseAsync()
    {
        Close();
        return Task.CompletedTask;
    }

    // Disposed with its context (when the pool lets the context go): closed for real, back to Microsoft.Data.Sqlite's pool.
    protected override void Dispose(bool disposing)
    {
        this.disposing = true;
        statements?.Clear();
        base.Dispose(disposing);
    }

    public override ValueTask DisposeAsync()
    {
        disposing = true;
        statements?.Clear();
        return base.DisposeAsync();
    }
}

/// <summary>
/// Gives every context of the host's pools a <see cref="HeldSqliteConnection"/> where EF Core would create a connection.
/// The connection has none of the functions EF Core's SQLite provider registers on the connections it makes (<c>regexp</c>,
/// <c>ef_add</c>, <c>ef_compare</c> and the other decimal operators): the model has no decimal column and no query matches
/// a regular expression, so none of them is ever called; a query that needs one fails at once with "no such function".
/// </summary>
internal sealed class HeldSqliteConnectionInterceptor : DbConnectionInterceptor
{
    public static HeldSqliteConnectionInterceptor Instance { get; } = new();

    public override InterceptionResult<DbConnection> ConnectionCreating(ConnectionCreatingEventData eventData, InterceptionResult<DbConnection> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return InterceptionResult<DbConnection>.SuppressWithResult(new HeldSqliteConnection(eventData.ConnectionString!));
    }
}
