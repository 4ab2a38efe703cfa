using BenchmarkDotNet.Attributes;
using Hamahang.GraphQL.Language;

namespace Hamahang.Bench;

/// <summary>Parsing the kitchen-sink query and a 100 KB document (syntax tree with locations).</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    // The large document has more tokens than the default limit allows a request.
    private static readonly ParserOptions Unlimited = new() { MaxTokens = int.MaxValue, MaxDocumentSize = int.MaxValue };

    private string _kitchenSink = string.Empty;
    private string _large = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _kitchenSink = File.ReadAllText(Paths.KitchenSink);
        _large = File.ReadAllText(Paths.Large);
    }

    [Benchmark]
    public DocumentNode KitchenSink() => Parser.Parse(_kitchenSink, Unlimited);

    [Benchmark]
    public DocumentNode Large() => Parser.Parse(_large, Unlimited);
}
