using Hamahang.Api.Domain;
using Hamahang.Api.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.Bench.Memory;

/// <summary>
/// The real host (api/'s Program) in process, as bench/http runs it: Production, its own migrations and seed on a fresh
/// SQLite file, rate limits off, and an Admin key made by the host's <see cref="ApiKeyService"/>. Requests go through
/// ASP.NET Core's TestServer, so no socket is involved; the file is removed when the host is disposed.
/// </summary>
internal sealed class BenchHost : WebApplicationFactory<Program>
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"hamahang-memory-{Guid.NewGuid():N}.db");

    // WebApplicationFactory finds api/ by the folder name "Hamahang.Api" or a manifest only test projects get: name it.
    private BenchHost() => Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_HAMAHANG_API", Path.Combine(Paths.Repository, "api"));

    public HttpClient Client { get; private set; } = null!;

    public string Key { get; private set; } = "";

    public static async Task<BenchHost> StartAsync()
    {
        var host = new BenchHost();
        host.Client = host.CreateClient();
        await using var scope = host.Services.CreateAsyncScope();
        (_, host.Key) = await scope.ServiceProvider.GetRequiredService<ApiKeyService>().CreateAsync(ApiKeyRole.Admin, name: "bench");
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Hamahang", $"Data Source={_file}");
        builder.UseSetting("RateLimits:Enabled", "false");
    }

    protected override void Dispose(bool disposing)
    {
        Client?.Dispose();
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-shm", "-wal" })
        {
            File.Delete(_file + suffix);
        }
    }
}
