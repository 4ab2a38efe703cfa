using System.Diagnostics;
using System.Globalization;

namespace Hamahang.Bench.Execution;

/// <summary>A rough stopwatch timing of the execution workloads, for quick checks while tuning (not a benchmark).</summary>
internal static class ExecutionQuick
{
    public static void Run()
    {
        var benchmarks = new ExecutionBenchmarks();
        benchmarks.Setup();
        Report("small full", benchmarks.SmallFull);
        Report("small execute", benchmarks.SmallExecute);
        Report("bigList1000 full", benchmarks.BigList1000Full);
        Report("bigList1000 execute", benchmarks.BigList1000Execute);
        Report("introspection full", benchmarks.IntrospectionFull);
        Report("introspection execute", benchmarks.IntrospectionExecute);
    }

    private static void Report(string name, Func<Task<int>> action)
    {
        var warmup = Stopwatch.StartNew();
        while (warmup.ElapsedMilliseconds < 1000)
        {
            action().GetAwaiter().GetResult();
        }

        var iterations = 0;
        var clock = Stopwatch.StartNew();
        while (clock.ElapsedMilliseconds < 2000)
        {
            action().GetAwaiter().GetResult();
            iterations++;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-24} {iterations / clock.Elapsed.TotalSeconds,10:F0} ops/s"));
    }
}
