using System.Diagnostics;

namespace Hamahang.Bench.Execution;

/// <summary>Runs node in tests/conformance (where graphql-js 17.1.0 is installed) and returns its standard output.</summary>
internal static class NodeRunner
{
    public static string Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("node", arguments)
        {
            WorkingDirectory = Path.Combine(Paths.Repository, "tests", "conformance"),
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"node exited with {process.ExitCode}");
    }
}
