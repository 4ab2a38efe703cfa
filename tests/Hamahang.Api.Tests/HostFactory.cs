using Hamahang.Api.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.Api.Tests;

/// <summary>The real host on a fresh database (<see cref="TempDatabase"/>, set through configuration), removed afterwards.</summary>
public class HostFactory : WebApplicationFactory<Program>
{
    public HostFactory()
        : this(provider: null)
    {
    }

    /// <summary>A host on a fresh database of <paramref name="provider"/> (the tests' provider when null).</summary>
    protected HostFactory(string? provider) => Database = new TempDatabase(provider);

    public TempDatabase Database { get; }

    protected virtual string ConnectionString => Database.ConnectionString;

    protected virtual string Provider => Database.Provider;

    /// <summary>What a test puts on every context the host makes (a command counter, a race, a slow query).</summary>
    protected virtual IEnumerable<IInterceptor> Interceptors => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Hamahang", ConnectionString);
        if (Interceptors.ToArray() is { Length: > 0 } interceptors)
        {
            builder.ConfigureServices(services => services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(interceptors)));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Database.Dispose();
        }
    }
}

/// <summary>
/// The host on SQLite whatever the tests' provider: for what only SQLite has (its busy handler, held connections,
/// prepared statements, write turns).
/// </summary>
public class SqliteHostFactory : HostFactory
{
    public SqliteHostFactory()
        : base(DatabaseOptions.Sqlite)
    {
    }
}

/// <summary>A host whose database cannot be reached: its SQLite file's folder does not exist.</summary>
public sealed class UnreachableDatabaseFactory : HostFactory
{
    protected override string Provider => DatabaseOptions.Sqlite;

    protected override string ConnectionString =>
        $"Data Source={Path.Combine(Path.GetTempPath(), $"hamahang-missing-{Guid.NewGuid():N}", "nothing.db")}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:MigrateOnStartup", "false");
    }
}
