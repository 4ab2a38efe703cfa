using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Hamahang.Bench;

/// <summary>
/// Runs <see cref="ValidationBenchmarks"/> and graphql-js's validate (validation.mjs) on the same
/// documents and schema, one after the other in the same run, and prints how many times faster ours is.
/// </summary>
internal static class ValidationComparison
{
    public static void Run(string[] args)
    {
        var job = args.Contains("--short") ? Job.ShortRun : Job.Default;
        var config = DefaultConfig.Instance
            .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        var summary = BenchmarkRunner.Run<ValidationBenchmarks>(config);
        var ours = summary.Reports.ToDictionary(
            r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name,
            r => r.ResultStatistics?.Mean ?? double.NaN);

        var start = new ProcessStartInfo("node", ["validation.mjs"])
        {
            WorkingDirectory = Paths.BenchDirectory,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        using var theirs = JsonDocument.Parse(output);

        Console.WriteLine();
        Console.WriteLine("| document | errors | Hamahang | graphql-js 17.1.0 | ratio |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var (method, name) in ValidationBenchmarks.Documents)
        {
            var js = theirs.RootElement.GetProperty(name);
            var jsNs = js.GetProperty("meanNs").GetDouble();
            var ourNs = ours[method];
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {name} | {js.GetProperty("errors").GetInt32()} | {Format(ourNs)} | {Format(jsNs)} | {jsNs / ourNs:F1}x |"));
        }
    }

    private static string Format(double nanoseconds) =>
        nanoseconds >= 1_000_000
            ? string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1_000_000:F2} ms")
            : string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1_000:F2} µs");
}
