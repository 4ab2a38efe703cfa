using System.Diagnostics;
using System.Text.Json;
using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;
using Hamahang.GraphQL.Validation;
using Xunit.Abstractions;

namespace Hamahang.GraphQL.Tests.Conformance;

/// <summary>
/// For every case of the validation corpus (tests/conformance/corpus/validation), our validator
/// reports the errors graphql-js 17.1.0's <c>validate</c> reports: same messages, same locations,
/// same order, with the schema built from the same SDL by our BuildSchema; once with "Did you mean"
/// suggestions (the default) and once without (graphql-js's hideSuggestions, our Suggestions = false).
/// </summary>
public class ValidationConformanceTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Cases left out on purpose, with the reason (none: every case is expected to agree).</summary>
    private static readonly Dictionary<string, string> Excluded = new(StringComparer.Ordinal);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ValidationAgreesWithGraphQLJsOnTheWholeCorpus(bool suggestions)
    {
        // HAMAHANG_VALIDATION_CORPUS names another cases.json (its schemas/ beside it) to compare on instead.
        var casesFile = Environment.GetEnvironmentVariable("HAMAHANG_VALIDATION_CORPUS")
            ?? Path.Combine(NodeScript.ConformanceDirectory, "corpus", "validation", "cases.json");
        string[] arguments = suggestions ? ["--corpus", casesFile] : ["--corpus", casesFile, "--hide-suggestions"];
        var options = new ValidationOptions { Suggestions = suggestions };
        var expected = JsonSerializer.Deserialize<List<Expected>>(NodeScript.Run("validation.mjs", null, TimeSpan.FromMinutes(3), arguments), Json)!
            .ToDictionary(e => e.Name, StringComparer.Ordinal);
        var corpus = Path.GetDirectoryName(casesFile)!;
        var cases = JsonSerializer.Deserialize<List<Case>>(File.ReadAllText(casesFile), Json)!;
        var schemas = new Dictionary<string, Schema>(StringComparer.Ordinal);
        var differences = new List<string>();
        var agree = 0;
        var watch = Stopwatch.StartNew();
        foreach (var item in cases)
        {
            if (Excluded.ContainsKey(item.Name))
            {
                continue;
            }

            if (!schemas.TryGetValue(item.Schema, out var schema))
            {
                schema = BuildSchema.FromSdl(File.ReadAllText(Path.Combine(corpus, "schemas", item.Schema)));
                schemas[item.Schema] = schema;
            }

            var difference = Compare(schema, item, options, expected[item.Name].Errors);
            if (difference is null)
            {
                agree++;
            }
            else
            {
                differences.Add($"{item.Name}\n  document: {item.Document.ReplaceLineEndings(" ")}\n{difference}");
            }
        }

        output.WriteLine($"{agree} of {cases.Count} cases agree with graphql-js (suggestions {(suggestions ? "on" : "off")}, {Excluded.Count} excluded); " +
            $"validated in {watch.ElapsedMilliseconds} ms.");
        Assert.True(
            cases.Count >= 1309 || Environment.GetEnvironmentVariable("HAMAHANG_VALIDATION_CORPUS") is not null,
            $"The corpus has only {cases.Count} cases.");
        Assert.True(differences.Count == 0, $"{differences.Count} of {cases.Count} differ:\n\n" + string.Join("\n\n", differences.Take(30)));
    }

    private static string? Compare(Schema schema, Case item, ValidationOptions options, List<ExpectedError> expected)
    {
        IReadOnlyList<GraphQLError> errors;
        try
        {
            errors = DocumentValidator.Validate(schema, Parser.Parse(item.Document), options);
        }
#pragma warning disable CA1031 // A crash is a difference to report, not a reason to stop comparing.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return $"  ours crashed: {e.GetType().Name}: {e.Message}\n{e.StackTrace}";
        }

        var ours = errors.Select(Format).ToList();
        var theirs = expected.Select(e => $"{e.Message} {string.Join(" ", e.Locations.Select(l => $"({l.Line}:{l.Column})"))}".TrimEnd()).ToList();
        if (ours.SequenceEqual(theirs, StringComparer.Ordinal))
        {
            return null;
        }

        return "  graphql-js:\n" + string.Concat(theirs.Select(t => $"    {t}\n")) + "  ours:\n" + string.Concat(ours.Select(o => $"    {o}\n"));
    }

    private static string Format(GraphQLError error) =>
        $"{error.Message} {string.Join(" ", (error.Locations ?? []).Select(l => $"({l.Line}:{l.Column})"))}".TrimEnd();

    private sealed record Case(string Name, string Schema, string Document);

    private sealed record Expected(string Name, List<ExpectedError> Errors);

    private sealed record ExpectedError(string Message, List<ExpectedLocation> Locations);

    private sealed record ExpectedLocation(int Line, int Column);
}
