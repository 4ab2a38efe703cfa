using System.Globalization;
using System.Text.Json;

namespace Hamahang.Bench.Execution;

/// <summary>
/// Runs <see cref="ExecutionBenchmarks"/>, then <c>node execution.mjs --bench</c> (graphql-js 17.1.0 on the same
/// schema, data and operations), in the same run, and prints operations per second and the ratio.
/// </summary>
internal static class ExecutionComparison
{
    public static void Run(string[] args)
    {
        var ours = Comparison.RunBenchmarks<ExecutionBenchmarks>(args);
        var node = JsonDocument.Parse(NodeRunner.Run("execution.mjs", "--bench", "--iterations", "300", "--warmup", "100")).RootElement;
        Console.WriteLine();
        Console.WriteLine("| workload | stage | Hamahang ops/s | graphql-js 17.1.0 ops/s | ratio |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: |");
        foreach (var result in node.GetProperty("results").EnumerateArray())
        {
            var name = result.GetProperty("name").GetString()!;
            foreach (var stage in new[] { "full", "execute" })
            {
                var theirs = result.GetProperty(stage).GetProperty("opsPerSecond").GetDouble();
                var method = char.ToUpperInvariant(name[0]) + name[1..] + (stage == "full" ? "Full" : "Execute");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {stage} | {1e9 / ours[method]:F0} | {theirs:F0} | {Comparison.Ratio(1e9 / theirs, ours[method])} |"));
            }
        }
    }
}
