using System.Diagnostics;
using System.Text;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Tests.Conformance;
using Xunit.Abstractions;

namespace Hamahang.GraphQL.Tests.Language;

public class ParserRobustnessTests(ITestOutputHelper output)
{
    private const int Mutations = 50_000;

    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", "(", ")", "\"", "\"\"\"", "\\", "\\u", "\\u{", "\\u{D800}", "$", "@", "!", ":", "=", "|", "&",
        ".", "..", "...", "0", "-", "1e", "#", "\n", "\r", "\r\n", "\t", ",", "\u0000", "\u001f", "\u00a0", "\ufeff",
        "\ud800", "\udc00", "\ud83d\ude00", "é", "ش", "\u2028", "'", "on", "fragment", "extend", "schema", "query",
        "\"desc\"", "true", "null", "repeatable", "implements",
    ];

    [Fact]
    public void FiftyThousandMutationsOfValidDocumentsGiveATreeOrASyntaxErrorAndNothingElse()
    {
        var seeds = LoadValidDocuments();
        var random = new Random(20250901);
        var failures = new List<string>();
        int trees = 0, syntaxErrors = 0;
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < Mutations; i++)
        {
            var source = Mutate(seeds[random.Next(seeds.Count)], random);
            try
            {
                var document = Parser.Parse(source);
                var printed = Printer.Print(document);
                if (Printer.Print(Parser.Parse(printed, ParserOptions.Default with { MaxTokens = int.MaxValue })) != printed)
                {
                    failures.Add($"#{i}: printing is not stable for {Escape(source)}");
                }

                trees++;
            }
            catch (GraphQLSyntaxException e) when (e.Location.Line > 0 && e.Message.StartsWith("Syntax Error: ", StringComparison.Ordinal))
            {
                syntaxErrors++;
            }
            catch (Exception e) when (failures.Count < 20)
            {
                failures.Add($"#{i}: {e.GetType().Name}: {e.Message} for {Escape(source)}");
            }
        }

        output.WriteLine($"{Mutations} mutations: {trees} trees, {syntaxErrors} syntax errors, {failures.Count} other outcomes, in " +
            $"{clock.Elapsed.TotalSeconds:F1} s.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(trees > 1000 && syntaxErrors > 1000, "The mutations should produce both trees and syntax errors.");
    }

    private static List<string> LoadValidDocuments()
    {
        var corpus = Path.Combine(NodeScript.ConformanceDirectory, "corpus", "language");
        var documents = new List<string>();
        foreach (var file in new[] { "kitchen-sink.graphql", "schema-kitchen-sink.graphql", "spec-language.graphql", "spec-type-system.graphql" })
        {
            documents.AddRange(File.ReadAllText(Path.Combine(corpus, file)).Split("\n# ---\n"));
        }

        documents.RemoveAll(d => !Parses(d));
        Assert.True(documents.Count > 50, "Too few seed documents.");
        return documents;
    }

    private static bool Parses(string source)
    {
        try
        {
            Parser.Parse(source);
            return true;
        }
        catch (GraphQLSyntaxException)
        {
            return false;
        }
    }

    private static string Mutate(string source, Random random)
    {
        var text = new StringBuilder(source);
        var edits = 1 + random.Next(4);
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(8))
            {
                case 0 or 1:
                    text.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 2:
                    text.Insert(at, (char)random.Next(0x10000));
                    break;
                case 3 when text.Length > 0:
                    text.Remove(Math.Min(at, text.Length - 1), Math.Min(1 + random.Next(8), text.Length - Math.Min(at, text.Length - 1)));
                    break;
                case 4 when text.Length > 1:
                    var other = random.Next(text.Length);
                    var a = Math.Min(at, text.Length - 1);
                    (text[a], text[other]) = (text[other], text[a]);
                    break;
                case 5:
                    text.Insert(
                        at,
                        string.Concat(Enumerable.Repeat(Fragments[random.Next(4)] + (random.Next(2) == 0 ? "a:" : "a"), random.Next(2) == 0 ? 300 : 2_000)));
                    break;
                case 6 when text.Length > 0:
                    var start = random.Next(text.Length);
                    var length = Math.Min(random.Next(40), text.Length - start);
                    text.Insert(at, text.ToString(start, length));
                    break;
                default:
                    text.Length = Math.Min(at, text.Length);
                    break;
            }
        }

        return text.ToString();
    }

    private static string Escape(string source) =>
        source.Length > 300 ? System.Text.Json.JsonSerializer.Serialize(source[..300]) + "..." : System.Text.Json.JsonSerializer.Serialize(source);
}
