using System.Globalization;
using BenchmarkDotNet.Reports;

namespace Hamahang.Bench.GraphQLNet;

/// <summary>
/// Runs <see cref="GraphQLNetBenchmarks"/> (both engines in one run) and prints, per operation and stage, operations
/// per second and bytes allocated per operation of each, and the ratios. <c>--check</c> only checks that both engines
/// write the same JSON for every operation.
/// </summary>
internal static class GraphQLNetComparison
{
    private static readonly string[] Operations = ["districts", "meetings", "node", "filtered"];

    // Each row: the stage's name, our benchmark and theirs.
    private static readonly (string Stage, string Ours, string Theirs)[] Stages =
    [
        ("full", "OursFull", "TheirsFull"),
        ("full, ours uncached", "OursFullUncached", "TheirsFull"),
        ("execute", "OursExecute", "TheirsExecute"),
        ("full, ours plain", "PlainFull", "TheirsFull"),
        ("execute, ours plain", "PlainExecute", "TheirsExecute"),
    ];

    public static void Run(string[] args)
    {
        // "--profile <operation> <stage benchmark> <seconds>": one benchmark in a loop, to run under perf.
        if (args is ["--profile", var op, var method, var seconds])
        {
            Profile(op, method, double.Parse(seconds, CultureInfo.InvariantCulture));
            return;
        }

        if (args.Contains("--check"))
        {
            foreach (var operation in Operations)
            {
                using var benchmarks = new GraphQLNetBenchmarks { Operation = operation };
                benchmarks.Setup();
                Console.WriteLine($"{operation}: Hamahang and GraphQL.NET write the same JSON ({benchmarks.OursFull().GetAwaiter().GetResult()} bytes)");
            }

            return;
        }

        var reports = Comparison.Run<GraphQLNetBenchmarks>(args).Reports
            .ToDictionary(r => ((string)r.BenchmarkCase.Parameters["Operation"], r.BenchmarkCase.Descriptor.WorkloadMethod.Name));
        Console.WriteLine();
        Console.WriteLine("| operation | stage | Hamahang ops/s | GraphQL.NET 8.8.5 ops/s | ratio | Hamahang B/op | GraphQL.NET B/op | bytes ratio |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var operation in Operations)
        {
            foreach (var (stage, ours, theirs) in Stages)
            {
                var (ourTime, ourBytes) = Figures(reports[(operation, ours)]);
                var (theirTime, theirBytes) = Figures(reports[(operation, theirs)]);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {operation} | {stage} | {1e9 / ourTime:F0} | {1e9 / theirTime:F0} | "
                    + $"{Comparison.Ratio(theirTime, ourTime)} | {ourBytes:N0} | {theirBytes:N0} | {(double)theirBytes / ourBytes:F1}x |"));
            }
        }
    }

    private static void Profile(string operation, string method, double seconds)
    {
        using var benchmarks = new GraphQLNetBenchmarks { Operation = operation };
        benchmarks.Setup();
        var run = (Func<Task<int>>)Delegate.CreateDelegate(typeof(Func<Task<int>>), benchmarks, method);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        long count = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            run().GetAwaiter().GetResult();
            count++;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{operation} {method}: {clock.Elapsed.TotalMilliseconds * 1000 / count:F2} us/op"));
    }

    private static (double Nanoseconds, long Bytes) Figures(BenchmarkReport report) =>
        (report.ResultStatistics?.Mean ?? double.NaN, report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? -1);
}
