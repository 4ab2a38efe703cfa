using System.Diagnostics;

namespace Hamahang.Bench;

/// <summary>
/// Runs node in tests/conformance, where graphql-js 17.1.0 is installed, for every comparison with graphql-js:
/// a script of tests/conformance by its name, one of bench/Hamahang.Bench by its path (<see cref="BenchScript"/>),
/// or <c>-e</c> code that imports <c>graphql</c>.
/// </summary>
internal static class NodeRunner
{
    /// <summary>The full path of a script of bench/Hamahang.Bench (language.mjs, validation.mjs).</summary>
    public static string BenchScript(string name) => Path.Combine(Paths.BenchDirectory, name);

    /// <summary>Runs node to its end and returns what it printed; throws when it fails.</summary>
    public static string Run(params string[] arguments)
    {
        using var process = Start(arguments);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"node exited with {process.ExitCode}");
    }

    /// <summary>Starts node with its standard input and output redirected, for a script that serves requests line by line.</summary>
    public static Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("node", arguments)
        {
            WorkingDirectory = Path.Combine(Paths.Repository, "tests", "conformance"),
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        return Process.Start(start) ?? throw new InvalidOperationException("node did not start");
    }
}
