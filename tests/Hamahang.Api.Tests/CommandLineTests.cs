using System.Diagnostics;
using Hamahang.Api.Domain;
using Hamahang.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests;

/// <summary>
/// The host's commands, run as a user runs them (the built host, a fresh database given through
/// configuration): they do their work and exit without serving.
/// </summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TempDatabase database = new();

    [Fact]
    public async Task KeysCreateOnAFreshDatabaseSeedsItPrintsAKeyThatVerifiesAndExits()
    {
        var (exit, output, _) = await RunHostAsync("keys", "create", "--role", "Inspector", "--person", "1");

        Assert.Equal(0, exit);
        var key = output.Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("hmh_", StringComparison.Ordinal));
        await using var db = database.CreateContext();
        var record = await new ApiKeyVerifier(new TempDatabaseContexts(database), Security.KeyCaches.New(), TimeProvider.System).VerifyAsync(key);
        Assert.NotNull(record);
        Assert.Equal((ApiKeyRole.Inspector, (int?)1), (record.Role, record.PersonId));
        Assert.Equal(22, await db.Districts.CountAsync());
    }

    [Fact]
    public async Task AKeysCommandThatCannotBeDoneExitsWithAnError()
    {
        var (exit, output, error) = await RunHostAsync("keys", "create", "--role", "Partner");

        Assert.Equal(2, exit);
        Assert.Contains("A Partner key is bound to an organization or a person.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("hmh_", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RotatingAKeyThatIsNotThereIsOneLineAndAnExitCodeNotAStackTrace()
    {
        var (exit, output, error) = await RunHostAsync("keys", "rotate", "999", "--grace", "1h");

        Assert.Equal(2, exit);
        Assert.Equal("No active key 999.", error.Trim());
        Assert.DoesNotContain("hmh_", output, StringComparison.Ordinal);
    }

    private async Task<(int Exit, string Output, string Error)> RunHostAsync(params string[] args)
    {
        var start = HostCommand.For(database, args);
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // A guard against a command that serves, not a time limit: generous, since under a load of 50 starting the host and
        // migrating took more than 120 s.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(300));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // A command that serves instead of exiting fails here, and leaves nothing running.
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }

    public void Dispose() => database.Dispose();
}
