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
    /// <returns>False, having printed one line saying why, when the database does not answer.</returns>
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        string? key;
        try
        {
            key = await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
        }
        catch (Exception e) when (DatabaseUnavailable(e) is { } reason)
        {
            await Console.Error.WriteLineAsync(reason);
            return false;
        }

        if (key is null)
        {
            return true;
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
        return true;
    }

    /// <summary>One line for a database that cannot be reached (no server answers, bad credentials), or null for any other failure.</summary>
    public static string? DatabaseUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is System.Data.Common.DbException)
            {
                var first = e.Message.Split('\n', 2)[0].Trim();
                return $"Hamahang cannot start: the database did not answer ({first})";
            }
        }

        return null;
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
