using Hamahang.GraphQL.AspNetCore;
using Hamahang.GraphQL.EntityFramework;
using Hamahang.Workshop.Tests.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hamahang.Workshop.Tests;

/// <summary>
/// The workshop app over HTTP: Kestrel on a loopback port, <c>/graphql</c> served by our transport, the database in
/// SQLite in memory (one open connection keeps it alive), created empty as the workshop's tests create theirs.
/// </summary>
public sealed class WorkshopHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SqliteConnection _connection;

    private WorkshopHost(WebApplication app, SqliteConnection connection, Uri address)
    {
        (_app, _connection) = (app, connection);
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    /// <summary>The app's services, to seed the database a test reads.</summary>
    public IServiceProvider Services => _app.Services;

    public static async Task<WorkshopHost> StartAsync()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLDbContext<WorkshopDbContext>(options => options.UseSqlite(connection));
        builder.Services.AddHamahangGraphQL(_ => WorkshopSchema.Create());
        var app = builder.Build();
        app.MapGraphQL("/graphql");
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<WorkshopDbContext>>().CreateDbContextAsync())
        {
            await db.Database.EnsureCreatedAsync();
        }

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new WorkshopHost(app, connection, new Uri(address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
