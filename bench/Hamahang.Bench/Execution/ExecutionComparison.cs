using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Hamahang.Bench.Execution;

/// <summary>
/// Runs <see cref="ExecutionBenchmarks"/>, then <c>node execution.mjs --bench</c> (graphql-js 17.1.0 on the same
/// schema, data and operations), in the same run, and prints operations per second and the ratio.
/// </summary>
internal static class ExecutionComparison
{
    public static void Run(string[] args)
    {
        var job = args.Contains("--short") ? Job.ShortRun : Job.Default;
        var config = DefaultConfig.Instance
            .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        var summary = BenchmarkRunner.Run<ExecutionBenchmarks>(config);
        var ours = summary.Reports.ToDictionary(
            r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name,
            r => r.ResultStatistics?.Mean ?? double.NaN);

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
                var mine = 1e9 / ours[method];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {stage} | {mine:F0} | {theirs:F0} | {mine / theirs:F1}x |"));
            }
        }
    }
}
