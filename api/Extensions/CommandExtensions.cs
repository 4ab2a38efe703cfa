using Hamahang.Api.Data;
using Hamahang.Api.Data.Seed;
using Hamahang.Api.Security;

namespace Hamahang.Api.Extensions;

internal static class CommandExtensions
{
    /// <summary>
    /// Runs a command given on the command line (<c>keys ...</c>, <c>seed</c>) against the
    /// migrated database and returns true, or returns false when there is none and the host
    /// should serve.
    /// </summary>
    public static async Task<bool> RunCommandAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0] is not ("keys" or "seed"))
        {
            return false;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        // As the host would, short of the first key: `keys create` may be the first thing run.
        try
        {
            await services.GetRequiredService<DatabaseInitializer>().PrepareAsync();
        }
        catch (Exception e) when (StartupExtensions.DatabaseUnavailable(e) is { } reason)
        {
            await Console.Error.WriteLineAsync(reason);
            Environment.ExitCode = 1;
            return true;
        }

        try
        {
            Environment.ExitCode = args[0] == "seed"
                ? await SeedAsync(services.GetRequiredService<Seeder>())
                : await new KeysCommand(services.GetRequiredService<ApiKeyService>(), Console.Out, services.GetRequiredService<TimeProvider>(), Console.Error)
                    .RunAsync(args[1..]);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            Environment.ExitCode = 2;
        }

        return true;
    }

    private static async Task<int> SeedAsync(Seeder seeder)
    {
        var added = await seeder.SeedAsync();
        Console.WriteLine($"Seed: {added} records added (existing records are kept).");
        return 0;
    }
}
