using Hamahang.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Hamahang.Api.Tests.Data.SqlServer;

/// <summary>
/// With <c>HAMAHANG_TEST_SQLSERVER</c> set, every API test's database (<see cref="TempDatabase"/>, the hosts
/// of <see cref="HostFactory"/>) is a fresh database on that SQL Server, and this test proves the host is on
/// it. Without it, that test is the suite's one test not run, and <see cref="SqlServerRunNotice"/> prints
/// the one line that says so and why.
/// </summary>
public sealed class SqlServerRunTests(SqlServerRunNotice notice) : IClassFixture<SqlServerRunNotice>
{
    [Fact]
    public void TheHostsAndDatabasesOfTheTestsAreOnTheProviderTheVariableChooses()
    {
        using var factory = new HostFactory();
        Assert.Equal(notice.Provider, factory.Database.Provider);
        Assert.Equal(notice.Provider, new TempDatabase().Provider);
        Assert.Equal(DatabaseOptions.Sqlite, new TempDatabase(DatabaseOptions.Sqlite).Provider);
        Assert.Equal(TestDatabases.SqlServer is null ? DatabaseOptions.Sqlite : DatabaseOptions.SqlServer, notice.Provider);
        using var scope = factory.Services.CreateScope();
        Assert.Equal(
            notice.Provider == DatabaseOptions.SqlServer ? "Microsoft.EntityFrameworkCore.SqlServer" : "Microsoft.EntityFrameworkCore.Sqlite",
            scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.ProviderName);
    }

    [SqlServerFact]
    public async Task TheApiTestsRunOnAFreshSqlServerDatabase()
    {
        using var factory = new HostFactory();
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal("Microsoft.EntityFrameworkCore.SqlServer", db.Database.ProviderName);
        Assert.Equal(new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(factory.Database.ConnectionString).InitialCatalog,
            db.Database.GetDbConnection().Database);
        Assert.StartsWith("hamahang_test_", db.Database.GetDbConnection().Database, StringComparison.Ordinal);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(22, await db.Districts.CountAsync());
    }
}

/// <summary>Prints, through xunit's diagnostic messages (xunit.runner.json), the one line that says why SQL Server was not tested.</summary>
public sealed class SqlServerRunNotice
{
    public SqlServerRunNotice(IMessageSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        if (TestDatabases.SqlServer is null)
        {
            sink.OnMessage(new DiagnosticMessage(SqlServerFactAttribute.NotPossible));
        }
    }

    public string Provider { get; } = TestDatabases.Provider;
}

/// <summary>A fact that runs only when <c>HAMAHANG_TEST_SQLSERVER</c> names a SQL Server.</summary>
public sealed class SqlServerFactAttribute : FactAttribute
{
    public SqlServerFactAttribute()
    {
        if (TestDatabases.SqlServer is null)
        {
            Skip = NotPossible;
        }
    }

    public static string NotPossible =>
        $"SQL Server run not possible: {TestDatabases.Variable} holds no connection string (no SQL Server runs on this machine), so the API tests ran on " +
            $"SQLite only.";
}
