using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Language;

namespace Hamahang.Bench.Execution;

/// <summary>
/// The three execution workloads of <c>node execution.mjs --bench</c>, each as <c>Full</c> (the request
/// pipeline from source text: document cache, validation, variables, execution, and the JSON written to a
/// buffer) and <c>Execute</c> (execution of a document parsed once, no validation, no JSON), as graphql-js's
/// <c>graphql()</c> and <c>execute()</c>.
/// </summary>
[MemoryDiagnoser]
public class ExecutionBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 20);
    private RequestExecutor _pipeline = null!;
    private RequestExecutor _executeOnly = null!;
    private Dictionary<string, (GraphQLRequest Text, GraphQLRequest Parsed)> _requests = null!;

    [GlobalSetup]
    public void Setup()
    {
        var schema = LibraryWorkloads.CreateSchema();
        _pipeline = new RequestExecutor(schema);
        _executeOnly = new RequestExecutor(schema, new ExecutionOptions { Validator = null });
        _requests = new()
        {
            ["small"] = Requests(LibraryWorkloads.Small, new Dictionary<string, object?> { ["id"] = "author-3" }),
            ["bigList1000"] = Requests(LibraryWorkloads.BigList, new Dictionary<string, object?> { ["count"] = 1000 }),
            ["introspection"] = Requests(LibraryWorkloads.IntrospectionQuery(), null),
        };
    }

    [Benchmark]
    public Task<int> SmallFull() => Full("small");

    [Benchmark]
    public Task<int> SmallExecute() => Execute("small");

    [Benchmark]
    public Task<int> BigList1000Full() => Full("bigList1000");

    [Benchmark]
    public Task<int> BigList1000Execute() => Execute("bigList1000");

    [Benchmark]
    public Task<int> IntrospectionFull() => Full("introspection");

    [Benchmark]
    public Task<int> IntrospectionExecute() => Execute("introspection");

    private async Task<int> Full(string workload)
    {
        var result = await _pipeline.ExecuteAsync(_requests[workload].Text);
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer))
        {
            result.WriteTo(writer);
        }

        return result.Errors.Count == 0 ? _buffer.WrittenCount : throw new InvalidOperationException(result.Errors[0].Message);
    }

    private async Task<int> Execute(string workload)
    {
        var result = await _executeOnly.ExecuteAsync(_requests[workload].Parsed);
        return result.Errors.Count == 0 ? 1 : throw new InvalidOperationException(result.Errors[0].Message);
    }

    private static (GraphQLRequest, GraphQLRequest) Requests(string query, Dictionary<string, object?>? variables) =>
        (new GraphQLRequest { Query = query, Variables = variables },
         new GraphQLRequest { Document = Parser.Parse(query), Variables = variables });
}
