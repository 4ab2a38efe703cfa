using System.Globalization;
using System.Text.Json;

namespace Hamahang.Bench;

/// <summary>
/// Runs <see cref="ValidationBenchmarks"/> and graphql-js's validate (validation.mjs) on the same
/// documents and schema, one after the other in the same run, and prints how many times faster ours is.
/// </summary>
internal static class ValidationComparison
{
    public static void Run(string[] args)
    {
        var ours = Comparison.RunBenchmarks<ValidationBenchmarks>(args);
        using var theirs = JsonDocument.Parse(NodeRunner.Run(NodeRunner.BenchScript("validation.mjs")));

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
                $"| {name} | {js.GetProperty("errors").GetInt32()} | {Comparison.Time(ourNs)} | {Comparison.Time(jsNs)} | {Comparison.Ratio(jsNs, ourNs)} |"));
        }
    }
}
