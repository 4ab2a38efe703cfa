using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

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
/// Gives every context of the host's pools a <see cref="HeldSqliteConnection"/> where EF Core would create a connection,
/// set up as EF Core sets up its own: EF Core's SQLite provider registers functions on each connection it makes
/// (<c>regexp</c>, and <c>ef_add</c>, <c>ef_compare</c> and the other operators over decimals stored as text), which the
/// SQL it writes calls. Its method for that is internal (<c>SqliteRelationalConnection.InitializeDbConnection</c>), so it is
/// found once by reflection; should an EF Core release move it, <see cref="InitializesLikeEfCore"/> is false and the held
/// connections lack those functions (HeldConnectionTests fails on it).
/// </summary>
internal sealed class HeldSqliteConnectionInterceptor : DbConnectionInterceptor
{
    private static readonly Action<object, DbConnection>? Initialize = FindInitialize();

    public static HeldSqliteConnectionInterceptor Instance { get; } = new();

    /// <summary>Whether this EF Core build's own connection set-up was found (and so runs on every held connection).</summary>
    public static bool InitializesLikeEfCore => Initialize is not null;

    public override InterceptionResult<DbConnection> ConnectionCreating(ConnectionCreatingEventData eventData, InterceptionResult<DbConnection> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        var connection = new HeldSqliteConnection(eventData.ConnectionString!);
        if (Initialize is not null && eventData.Context?.GetService<IRelationalConnection>() is { } efConnection)
        {
            Initialize(efConnection, connection);
        }

        return InterceptionResult<DbConnection>.SuppressWithResult(connection);
    }

    private static Action<object, DbConnection>? FindInitialize()
    {
#pragma warning disable EF1001 // Internal EF Core API: one method, checked by its signature; without it the functions are missing, as before.
        var method = typeof(SqliteRelationalConnection).GetMethod(
            "InitializeDbConnection", BindingFlags.NonPublic | BindingFlags.Instance, [typeof(DbConnection)]);
        if (method is null || method.ReturnType != typeof(void))
        {
            return null;
        }

        var initialize = method.CreateDelegate<Action<SqliteRelationalConnection, DbConnection>>();
        return (efConnection, connection) =>
        {
            if (efConnection is SqliteRelationalConnection sqlite)
            {
                initialize(sqlite, connection);
            }
        };
#pragma warning restore EF1001
    }
}
