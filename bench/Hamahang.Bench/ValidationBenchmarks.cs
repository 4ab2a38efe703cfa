using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;
using Hamahang.GraphQL.Validation;

namespace Hamahang.Bench;

/// <summary>
/// Validating the validation corpus's stress documents against its pets schema: 2 000 repeated
/// fields (graphql-js stops it at its merge budget), 600 repeated fields (under the budget, so every
/// pair is compared), and 50 fragments each spreading the next twice.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    /// <summary>The benchmarked documents: method name, corpus case name.</summary>
    public static readonly (string Method, string Case)[] Documents =
    [
        (nameof(RepeatedFields2000), "stress/2000 repeated fields"),
        (nameof(RepeatedFields600), "stress/600 repeated fields (under the merge budget)"),
        (nameof(FanOutFragments50), "stress/fan-out of 50 fragments each spreading the next twice"),
    ];

    private Schema _schema = null!;
    private readonly Dictionary<string, DocumentNode> _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        _schema = BuildSchema.FromSdl(File.ReadAllText(Path.Combine(Paths.ValidationCorpus, "schemas", "pets.graphql")));
        using var cases = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.ValidationCorpus, "cases.json")));
        var byName = cases.RootElement.EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("document").GetString()!);
        var unlimited = new ParserOptions { MaxTokens = int.MaxValue, MaxDocumentSize = int.MaxValue };
        foreach (var (method, name) in Documents)
        {
            _documents[method] = Parser.Parse(byName[name], unlimited);
        }
    }

    [Benchmark]
    public IReadOnlyList<GraphQLError> RepeatedFields2000() => DocumentValidator.Validate(_schema, _documents[nameof(RepeatedFields2000)]);

    [Benchmark]
    public IReadOnlyList<GraphQLError> RepeatedFields600() => DocumentValidator.Validate(_schema, _documents[nameof(RepeatedFields600)]);

    [Benchmark]
    public IReadOnlyList<GraphQLError> FanOutFragments50() => DocumentValidator.Validate(_schema, _documents[nameof(FanOutFragments50)]);
}
