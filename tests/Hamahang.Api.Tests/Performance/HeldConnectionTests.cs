using System.Data;
using System.Data.Common;
using Hamahang.Api.Data;
using Hamahang.Api.Data.Providers;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.Api.Tests.Performance;

/// <summary>Counts the connections EF Core opens (it opens none that is open already).</summary>
public sealed class OpeningCounter : DbConnectionInterceptor
{
    private int opened;

    public int Opened => Volatile.Read(ref opened);

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref opened);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Interlocked.Increment(ref opened);
        return result;
    }
}

/// <summary>The API's host with an <see cref="OpeningCounter"/> on its contexts.</summary>
public sealed class OpeningCountingHostFactory : SqliteHostFactory
{
    public OpeningCounter Counter { get; } = new();

    protected override IEnumerable<IInterceptor> Interceptors => [Counter];
}

/// <summary>
/// On SQLite a pooled context keeps its connection open between queries and leases (<see cref="HeldSqliteConnection"/>),
/// so the meetings page's four commands no longer open and close four connections per request.
/// </summary>
public sealed class HeldConnectionTests(OpeningCountingHostFactory factory) : IClassFixture<OpeningCountingHostFactory>
{
    private const string Page = "{ meetings(first: 50) { nodes { title districts { number } attendees { person { fullName } } } } }";

    [Fact]
    public async Task TheMeetingsPageOpensNoConnectionOnceThePooledContextsHoldTheirs()
    {
        var admin = await factory.CreateKeyAsync(ApiKeyRole.Admin);
        for (var i = 0; i < 3; i++)
        {
            Assert.False((await factory.PostAsync(Page, admin)).HasErrors);
        }

        var before = factory.Counter.Opened;
        for (var i = 0; i < 5; i++)
        {
            var response = await factory.PostAsync(Page, admin);
            Assert.False(response.HasErrors, response.ToString());
            Assert.True(response.At("meetings.nodes").GetArrayLength() > 0, response.ToString());
        }

        // Closing after each query, the 5 pages (4 commands each) opened 20 connections.
        Assert.True(factory.Counter.Opened - before < 5, $"{factory.Counter.Opened - before} connections opened for 5 pages");
    }

    [Fact]
    public async Task AHeldConnectionHasTheFunctionsEfCoreRegistersOnItsOwnConnections()
    {
        Assert.True(HeldSqliteConnectionInterceptor.InitializesLikeEfCore, "EF Core's SqliteRelationalConnection.InitializeDbConnection was not found");
        await factory.CreateKeyAsync(ApiKeyRole.Admin); // the host is up, migrated and seeded
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.IsType<HeldSqliteConnection>(db.Database.GetDbConnection());

        // Regex.IsMatch is SQL's regexp, which SQLite leaves to the connection: a Persian pattern over the seeded names.
        var districts = await db.Districts.CountAsync(d => System.Text.RegularExpressions.Regex.IsMatch(d.Name, "^منطقه"));
        Assert.Equal(await db.Districts.CountAsync(d => d.Name.StartsWith("منطقه")), districts);
        Assert.True(districts > 0);

        // The operators EF Core writes for decimals, which SQLite stores as text.
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT ef_compare('1.50', '1.25'), ef_add('0.1', '0.2')";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(1L, reader.GetInt64(0));
        Assert.Equal(0.3m, reader.GetDecimal(1));
    }

    [Fact]
    public async Task AHeldConnectionStaysOpenWhenClosedAndClosesWhenDisposed()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hamahang-held-{Guid.NewGuid():N}.db");
        try
        {
            var connection = new HeldSqliteConnection($"Data Source={path}");
            connection.Open();
            connection.Close();
            Assert.Equal(ConnectionState.Open, connection.State);
            await connection.CloseAsync();
            Assert.Equal(ConnectionState.Open, connection.State);

            connection.Dispose();
            Assert.Equal(ConnectionState.Closed, connection.State);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
