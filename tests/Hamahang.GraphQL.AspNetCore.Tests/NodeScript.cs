using System.Diagnostics;

namespace Hamahang.GraphQL.AspNetCore.Tests;

/// <summary>Runs a node script of tests/conformance (graphql-http's audit, graphql-ws's client) and returns what it printed.</summary>
public static class NodeScript
{
    private static readonly Lazy<string> Directory = new(FindConformanceDirectory);

    /// <summary>Runs <c>node &lt;script&gt; &lt;arguments&gt;</c> without blocking a thread (the host under test shares the process).</summary>
    public static async Task<string> RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Directory.Value,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"node {script} did not finish in time.");
        }

        return process.ExitCode == 0
            ? await stdout
            : throw new InvalidOperationException($"node {script} exited with code {process.ExitCode}:\n{await stderr}");
    }

    private static string FindConformanceDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "conformance");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("tests/conformance was not found above " + AppContext.BaseDirectory);
    }
}
