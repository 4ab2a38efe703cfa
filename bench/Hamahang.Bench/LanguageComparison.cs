using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Hamahang.GraphQL.Language;

namespace Hamahang.Bench;

/// <summary>
/// Runs <see cref="ParserBenchmarks"/> and graphql-js's parse (language.mjs) on the same documents in
/// one run and prints how many times faster ours is: once from BenchmarkDotNet's means against
/// node's, and once from interleaved rounds (ours, then node's, alternately), whose median ratio
/// holds up when other work shares the machine.
/// </summary>
internal static class LanguageComparison
{
    private static readonly (string Name, string Method, string Path)[] Documents =
    [
        ("kitchen-sink", nameof(ParserBenchmarks.KitchenSink), Paths.KitchenSink),
        ("large", nameof(ParserBenchmarks.Large), Paths.Large),
    ];

    public static void Run(string[] args)
    {
        if (args.Contains("--ratio-only"))
        {
            foreach (var (name, ratio) in Interleave(rounds: 5))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {ratio:F2}x"));
            }

            return;
        }

        var ours = Comparison.RunBenchmarks<ParserBenchmarks>(args);
        var theirs = JsonDocument.Parse(NodeRunner.Run(NodeRunner.BenchScript("language.mjs"))).RootElement;
        var interleaved = Interleave(rounds: 9);

        Console.WriteLine();
        Console.WriteLine("| document | characters | Hamahang (BenchmarkDotNet) | graphql-js 17.1.0 (node) | ratio | interleaved ratio (median of 9) |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, method, _) in Documents)
        {
            var js = theirs.GetProperty(name);
            var jsNs = js.GetProperty("meanNs").GetDouble();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {name} | {js.GetProperty("chars").GetInt32()} | {Comparison.Time(ours[method])} | {Comparison.Time(jsNs)} | " +
                    $"{Comparison.Ratio(jsNs, ours[method])} | {interleaved[name]:F1}x |"));
        }
    }

    /// <summary>Alternates 300 ms of our parsing with 300 ms of graphql-js's, per document, and returns the median ratio.</summary>
    private static Dictionary<string, double> Interleave(int rounds)
    {
        var options = new ParserOptions { MaxTokens = int.MaxValue, MaxDocumentSize = int.MaxValue };
        using var node = NodeRunner.Start(NodeRunner.BenchScript("language.mjs"), "--serve");
        var ratios = new Dictionary<string, double>();
        foreach (var (name, _, path) in Documents)
        {
            var text = File.ReadAllText(path);
            TimeFor(text, options, 1000);
            var samples = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                var ourNs = TimeFor(text, options, 300);
                node.StandardInput.WriteLine($"{name} 300");
                var theirNs = double.Parse(node.StandardOutput.ReadLine()!, CultureInfo.InvariantCulture);
                samples.Add(theirNs / ourNs);
            }

            samples.Sort();
            ratios[name] = samples[rounds / 2];
        }

        node.StandardInput.Close();
        node.WaitForExit();
        return ratios;
    }

    private static double TimeFor(string text, ParserOptions options, int milliseconds)
    {
        var iterations = 0;
        var clock = Stopwatch.StartNew();
        while (clock.ElapsedMilliseconds < milliseconds)
        {
            Parser.Parse(text, options);
            iterations++;
        }

        return clock.Elapsed.TotalNanoseconds / iterations;
    }
}
