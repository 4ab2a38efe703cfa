using System.Collections.Concurrent;
using System.Data.Common;
using Hamahang.Api.Data;
using Hamahang.Api.Data.Providers;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hamahang.Api.Tests.Performance;

/// <summary>Remembers every held connection EF Core ran a query on, to read their prepared statements.</summary>
public sealed class HeldConnectionRecorder : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<HeldSqliteConnection, bool> connections = new();

    /// <summary>How many rentals of all the recorded connections found their statement prepared.</summary>
    internal int Reused => connections.Keys.Sum(c => c.Statements.Reused);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default)
    {
        if (command.Connection is HeldSqliteConnection held)
        {
            connections.TryAdd(held, true);
        }

        return ValueTask.FromResult(result);
    }
}

/// <summary>The API's host with a <see cref="HeldConnectionRecorder"/> on its contexts.</summary>
public sealed class HeldConnectionRecordingHostFactory : SqliteHostFactory
{
    public HeldConnectionRecorder Recorder { get; } = new();

    protected override IEnumerable<IInterceptor> Interceptors => [Recorder];
}

/// <summary>
/// A held SQLite connection keeps the statements EF Core's queries prepared (<see cref="PreparedStatements"/>): the same
/// SQL runs again without being compiled again, with its own parameters, inside or outside a transaction.
/// </summary>
public sealed class PreparedStatementsTests(HeldConnectionRecordingHostFactory factory) : IClassFixture<HeldConnectionRecordingHostFactory>, IDisposable
{
    private const string Page = "{ meetings(first: 50) { nodes { title districts { number } attendees { person { fullName } } } } }";

    private readonly string path = Path.Combine(Path.GetTempPath(), $"hamahang-prepared-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task TheMeetingsPageRunsOnStatementsPreparedBefore()
    {
        var admin = await factory.CreateKeyAsync(ApiKeyRole.Admin);
        var first = await factory.PostAsync(Page, admin);
        Assert.False(first.HasErrors, first.ToString());
        // The pool's contexts take turns, and each connection prepares each of the page's statements once.
        for (var i = 0; i < 20; i++)
        {
            await factory.PostAsync(Page, admin);
        }

        var before = factory.Recorder.Reused;
        for (var i = 0; i < 5; i++)
        {
            var response = await factory.PostAsync(Page, admin);
            Assert.Equal(first.ToString(), response.ToString());
        }

        // 3 commands a page, 15 in all; a context new to the pool would prepare its statements once more.
        Assert.True(factory.Recorder.Reused - before >= 12, $"{factory.Recorder.Reused - before} of 15 statements reused");
    }

    [Fact]
    public void TheSameSqlRunsAgainOnItsPreparedStatementWithItsOwnParameters()
    {
        using var connection = Open();
        Assert.Equal("b", Scalar(connection, "SELECT name FROM t WHERE id = $id", ("$id", 2)));
        Assert.Equal("a", Scalar(connection, "SELECT name FROM t WHERE id = $id", ("$id", 1)));
        Assert.Equal(1, connection.Statements.Reused);
        Assert.Equal(1, connection.Statements.Count);
    }

    [Fact]
    public void AStatementPreparedInATransactionRunsOutsideItAfterward()
    {
        using var connection = Open();
        const string insert = "INSERT INTO t (id, name) VALUES ($id, 'c')";
        using (var transaction = connection.BeginTransaction())
        {
            Execute(connection, insert, transaction, ("$id", 3));
            transaction.Rollback();
        }

        Execute(connection, insert, null, ("$id", 4));
        Assert.Equal(1, connection.Statements.Reused);
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM t WHERE id = 3"));
        Assert.Equal(1L, Scalar(connection, "SELECT count(*) FROM t WHERE id = 4"));
    }

    [Fact]
    public void TheLeastRecentlyUsedStatementGoesWhenTheCacheIsFull()
    {
        var statements = new PreparedStatements(new SqliteConnection("Data Source=:memory:"), capacity: 2);
        foreach (var text in new[] { "SELECT 1", "SELECT 2", "SELECT 1", "SELECT 3" })
        {
            statements.Return(statements.Rent(text));
        }

        Assert.Equal(2, statements.Count);
        Assert.Equal(1, statements.Reused); // "SELECT 1" the second time
        statements.Return(statements.Rent("SELECT 1"));
        Assert.Equal(2, statements.Reused); // kept: used after "SELECT 2"
        statements.Return(statements.Rent("SELECT 2"));
        Assert.Equal(2, statements.Reused); // dropped for "SELECT 3"
        statements.Clear();
        Assert.Equal(0, statements.Count);
    }

    [Fact]
    public void ACommandDisposedWithItsReaderOpenGivesItsStatementUp()
    {
        using var connection = Open();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM t ORDER BY id";
        var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        command.Dispose();
        Assert.Equal(0, connection.Statements.Count);
        reader.Dispose();

        Assert.Equal("a", Scalar(connection, "SELECT name FROM t ORDER BY id"));
        Assert.Equal(0, connection.Statements.Reused);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(path);
    }

    private HeldSqliteConnection Open()
    {
        var connection = new HeldSqliteConnection($"Data Source={path}");
        connection.Open();
        using var create = new SqliteCommand("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t VALUES (1, 'a'), (2, 'b');", connection);
        create.ExecuteNonQuery();
        return connection;
    }

    private static object? Scalar(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, sql, null, parameters);
        return command.ExecuteScalar();
    }

    private static void Execute(DbConnection connection, string sql, DbTransaction? transaction, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, sql, transaction, parameters);
        Assert.Equal(1, command.ExecuteNonQuery());
    }

    private static DbCommand Command(DbConnection connection, string sql, DbTransaction? transaction, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        Assert.IsType<ReusedStatementCommand>(command);
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
