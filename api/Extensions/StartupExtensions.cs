using Hamahang.Api.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Hamahang.Api.Extensions;

internal static class StartupExtensions
{
    /// <summary>
    /// Migrates and seeds before the server starts. A first Admin key is printed once the server
    /// listens, with the admin page's address; it is never shown again.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var key = await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
        if (key is null)
        {
            return;
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var address = Browsable(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? "http://localhost:5000");
            Console.WriteLine($"""

                Hamahang's first Admin API key (shown this once; keep it):
                    {key}
                Admin page (signs in with the key): {address.TrimEnd('/')}/#key={key}
                Send it as the header `Authorization: ApiKey <key>` or `X-Api-Key: <key>`.

                """);
        });
    }

    // A wildcard listening address (http://[::]:8080, http://+:80) as one a browser can open.
    private static string Browsable(string address)
    {
        foreach (var any in new[] { "[::]", "0.0.0.0", "+", "*" })
        {
            address = address.Replace("://" + any, "://localhost", StringComparison.Ordinal);
        }

        return address;
    }
}
