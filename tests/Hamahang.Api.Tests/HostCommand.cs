using System.Diagnostics;

namespace Hamahang.Api.Tests;

/// <summary>How a test starts the built host as a user would: <c>dotnet Hamahang.Api.dll args...</c> on a test database.</summary>
public static class HostCommand
{
    /// <summary>
    /// The host with <paramref name="args"/>, in Development, on <paramref name="database"/>, its output redirected and its
    /// content root the test's binaries (where the host's appsettings.json is copied).
    /// </summary>
    public static ProcessStartInfo For(TempDatabase database, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(database);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Database__Provider"] = database.Provider;
        start.Environment["ConnectionStrings__Hamahang"] = database.ConnectionString;
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        return start;
    }
}
