using System.Diagnostics;
using System.Globalization;
using Hamahang.GraphQL.Language;

namespace Hamahang.Bench;

/// <summary>Parser loops for tuning, outside BenchmarkDotNet: a fixed count, a timed loop for a profiler, rough timings.</summary>
internal static class ParserLoops
{
    private static readonly ParserOptions Unlimited = new() { MaxTokens = int.MaxValue, MaxDocumentSize = int.MaxValue };

    public static void Run(string[] args)
    {
        switch (args)
        {
            case ["count", var times, var file]:
                var text = File.ReadAllText(file);
                for (var i = 0; i < int.Parse(times, CultureInfo.InvariantCulture); i++)
                {
                    Parser.Parse(text, Unlimited);
                }

                break;
            case ["profile", var file]:
                var profiled = File.ReadAllText(file);
                var clock = Stopwatch.StartNew();
                while (clock.ElapsedMilliseconds < 8000)
                {
                    Parser.Parse(profiled, Unlimited);
                }

                break;
            default:
                QuickTiming.Run();
                break;
        }
    }
}
