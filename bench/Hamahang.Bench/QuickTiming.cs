using System.Diagnostics;
using System.Globalization;
using Hamahang.GraphQL.Language;

namespace Hamahang.Bench;

/// <summary>A rough stopwatch timing of the parser's stages, for quick comparisons while tuning (not a benchmark).</summary>
internal static class QuickTiming
{
    public static void Run()
    {
        var unlimited = new ParserOptions { MaxTokens = int.MaxValue, MaxDocumentSize = int.MaxValue };
        var noLocation = unlimited with { NoLocation = true };
        var synthetic = new Dictionary<string, string>
        {
            ["fields"] = "{ " + string.Join(" ", Enumerable.Range(0, 1000).Select(i => "f" + (i % 50))) + " }",
            ["ints"] = "{ f(a: [" + string.Join(", ", Enumerable.Range(0, 1000)) + "]) }",
            ["strings"] = "{ f(a: [" + string.Join(", ", Enumerable.Range(0, 1000).Select(i => "\"s" + i + "\"")) + "]) }",
            ["escapes"] = "{ f(a: [" + string.Join(", ", Enumerable.Range(0, 1000).Select(i => "\"s\\n" + i + "\"")) + "]) }",
        };
        foreach (var (name, text) in synthetic)
        {
            Report(name, "lex", () => Lex(new Source(text)));
            Report(name, "parse", () => Parser.Parse(text, unlimited));
        }

        foreach (var path in new[] { Paths.KitchenSink, Paths.Large })
        {
            var text = File.ReadAllText(path);
            var source = new Source(text);
            Report(Path.GetFileName(path), "lex", () => Lex(source));
            Report(Path.GetFileName(path), "parse, no locations", () => Parser.Parse(text, noLocation));
            Report(Path.GetFileName(path), "parse", () => Parser.Parse(text, unlimited));
        }
    }

    private static int Lex(Source source)
    {
        var lexer = new Lexer(source);
        var count = 0;
        do
        {
            lexer.Advance();
            count++;
        }
        while (lexer.Kind != TokenKind.EndOfFile);
        return count;
    }

    private static void Report(string document, string stage, Func<object> action)
    {
        var warmup = Stopwatch.StartNew();
        while (warmup.ElapsedMilliseconds < 500)
        {
            action();
        }

        var samples = new List<double>();
        for (var s = 0; s < 9; s++)
        {
            var iterations = 0;
            var clock = Stopwatch.StartNew();
            while (clock.ElapsedMilliseconds < 150)
            {
                action();
                iterations++;
            }

            samples.Add(clock.Elapsed.TotalNanoseconds / iterations);
        }

        samples.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{document,-22} {stage,-22} {samples[4] / 1000,10:F2} µs"));
    }
}
