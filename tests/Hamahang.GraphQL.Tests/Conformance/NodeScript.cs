using System.Diagnostics;

namespace Hamahang.GraphQL.Tests.Conformance;

/// <summary>
/// Runs a node script of tests/conformance (where graphql-js, the reference implementation, is
/// installed) and returns what it printed. Conformance tests compare that output with ours.
/// </summary>
public static class NodeScript
{
    private static readonly Lazy<string> Directory = new(FindConformanceDirectory);

    /// <summary>The tests/conformance folder of the repository the tests were built from.</summary>
    public static string ConformanceDirectory => Directory.Value;

    /// <summary>
    /// Runs <c>node &lt;script&gt; &lt;arguments&gt;</c> in tests/conformance, writes <paramref name="stdin"/>
    /// to its standard input when given, and returns its standard output.
    /// </summary>
    /// <param name="script">The script's path relative to tests/conformance, e.g. "language.mjs".</param>
    /// <param name="stdin">Text for the script's standard input, or null for none.</param>
    /// <param name="timeout">How long the script may run (default two minutes).</param>
    /// <param name="arguments">The script's arguments.</param>
    /// <exception cref="InvalidOperationException">node exited with an error or ran out of time; the message holds its standard error.</exception>
    public static string Run(string script, string? stdin = null, TimeSpan? timeout = null, params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ConformanceDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException("Could not start node; is it installed and on the PATH?");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using (var input = process.StandardInput)
        {
            if (stdin is not null)
            {
                input.Write(stdin);
            }
        }

        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"node {script} did not finish in time.");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {script} exited with code {process.ExitCode}:\n{stderr.Result}");
        }

        return stdout.Result;
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
