using System.Globalization;

namespace Hamahang.Bench.Memory;

// dotnet run -c Release --project bench/Hamahang.Bench.Memory -- [--short]
// runs RequestBenchmarks on the real host in process and prints bytes allocated per request for each operation.
// (Not top-level statements: api/'s Program is the Program this project names.)
internal static class Entry
{
    public static void Main(string[] args)
    {
        var summary = Comparison.Run<RequestBenchmarks>(args);
        Console.WriteLine();
        Console.WriteLine("| operation | bytes allocated per request | mean |");
        Console.WriteLine("| --- | ---: | ---: |");
        foreach (var report in summary.Reports)
        {
            var bytes = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? -1;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {report.BenchmarkCase.Parameters["Operation"]} | {bytes:N0} | {Comparison.Time(report.ResultStatistics?.Mean ?? double.NaN)} |"));
        }
    }
}
