using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Hamahang.Bench;

/// <summary>
/// What the comparisons with graphql-js (language, validation, execution) share: our benchmarks run in process,
/// their means by method, and the table cells (a time, a ratio). graphql-js runs through <see cref="NodeRunner"/>.
/// </summary>
internal static class Comparison
{
    /// <summary>Runs the benchmarks of <typeparamref name="T"/> (see <see cref="Run{T}"/>) and returns each method's mean, in nanoseconds.</summary>
    public static Dictionary<string, double> RunBenchmarks<T>(string[] args) =>
        Run<T>(args).Reports.ToDictionary(
            r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name,
            r => r.ResultStatistics?.Mean ?? double.NaN);

    /// <summary>Runs the benchmarks of <typeparamref name="T"/> in process (ShortRun with <c>--short</c>) and returns BenchmarkDotNet's summary.</summary>
    public static Summary Run<T>(string[] args)
    {
        var job = args.Contains("--short") ? Job.ShortRun : Job.Default;
        var config = DefaultConfig.Instance
            .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        return BenchmarkRunner.Run<T>(config);
    }

    /// <summary>How many times faster ours is: "3.2x".</summary>
    public static string Ratio(double theirNanoseconds, double ourNanoseconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{theirNanoseconds / ourNanoseconds:F1}x");

    /// <summary>A time in µs, or in ms from a millisecond up.</summary>
    public static string Time(double nanoseconds) =>
        nanoseconds >= 1_000_000
            ? string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1_000_000:F2} ms")
            : string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1_000:F2} µs");
}
