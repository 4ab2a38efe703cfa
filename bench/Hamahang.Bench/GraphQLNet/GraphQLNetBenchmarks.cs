using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Language;
using Theirs = GraphQL;

namespace Hamahang.Bench.GraphQLNet;

/// <summary>
/// The four read operations of bench/http/operations, answered from <see cref="MeetingData"/> by Hamahang's engine
/// (<see cref="OurSchema"/>) and by GraphQL.NET 8.8.5 (<see cref="TheirSchema"/>), each stage ending in the response's
/// JSON bytes. <c>Full</c>: the source text in, each engine with its default document handling (ours caches parsed and
/// validated documents; GraphQL.NET parses and validates every request: its cache, GraphQL.MemoryCache, is not on our
/// feed); <c>FullUncached</c>: ours with its document cache off. <c>Execute</c>: a document parsed and validated once,
/// executed without validation. <c>Plain</c>: ours on <see cref="OurPlainSchema"/>, the resolvers GraphQL.NET runs.
/// The setup checks that both engines write the same JSON for the operation.
/// </summary>
[MemoryDiagnoser]
public class GraphQLNetBenchmarks : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
    private readonly MemoryStream _stream = new(1 << 16);
    private RequestExecutor _ours = null!;
    private RequestExecutor _oursUncached = null!;
    private RequestExecutor _oursExecuteOnly = null!;
    private RequestExecutor _plain = null!;
    private RequestExecutor _plainExecuteOnly = null!;
    private GraphQLRequest _text = null!;
    private GraphQLRequest _parsed = null!;
    private TheirSchema _theirSchema = null!;
    private Theirs.DocumentExecuter _theirs = null!;
    private Theirs.SystemTextJson.GraphQLSerializer _serializer = null!;
    private GraphQLParser.AST.GraphQLDocument _theirDocument = null!;

    /// <summary>The operation's name in bench/http/operations.</summary>
    [Params("districts", "meetings", "node", "filtered")]
    public string Operation { get; set; } = "districts";

    [GlobalSetup]
    public void Setup()
    {
        var schema = OurSchema.Create();
        _ours = new RequestExecutor(schema);
        _oursUncached = new RequestExecutor(schema, new ExecutionOptions { DocumentCacheSize = 0 });
        _oursExecuteOnly = new RequestExecutor(schema, new ExecutionOptions { Validator = null });
        var plain = OurPlainSchema.Create();
        _plain = new RequestExecutor(plain);
        _plainExecuteOnly = new RequestExecutor(plain, new ExecutionOptions { Validator = null });
        var query = Query(Operation);
        _text = new GraphQLRequest { Query = query };
        _parsed = new GraphQLRequest { Document = Parser.Parse(query) };
        _theirSchema = new TheirSchema();
        _theirs = new Theirs.DocumentExecuter();
        _serializer = new Theirs.SystemTextJson.GraphQLSerializer(json => json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        _theirDocument = GraphQLParser.Parser.Parse(query);
        SameJson();
    }

    [Benchmark]
    public Task<int> OursFull() => Ours(_ours, _text);

    [Benchmark]
    public Task<int> OursFullUncached() => Ours(_oursUncached, _text);

    [Benchmark]
    public Task<int> OursExecute() => Ours(_oursExecuteOnly, _parsed);

    [Benchmark]
    public Task<int> PlainFull() => Ours(_plain, _text);

    [Benchmark]
    public Task<int> PlainExecute() => Ours(_plainExecuteOnly, _parsed);

    [Benchmark]
    public Task<int> TheirsFull() => Theirs(new Theirs.ExecutionOptions { Query = _text.Query });

    [Benchmark]
    public Task<int> TheirsExecute() => Theirs(new Theirs.ExecutionOptions { Document = _theirDocument, ValidationRules = [] });

    [GlobalCleanup]
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>The query of bench/http/operations/<paramref name="operation"/>.json.</summary>
    public static string Query(string operation) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Paths.Repository, "bench", "http", "operations", operation + ".json")))!["query"]!.GetValue<string>();

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stream.Dispose();
            _theirSchema?.Dispose();
        }
    }

    private async Task<int> Ours(RequestExecutor executor, GraphQLRequest request)
    {
        var result = await executor.ExecuteAsync(request, OurSchema.Services);
        _buffer.ResetWrittenCount();
        result.WriteTo(_buffer);
        return _buffer.WrittenCount;
    }

    private async Task<int> Theirs(Theirs.ExecutionOptions options)
    {
        options.Schema = _theirSchema;
        options.UserContext = new Dictionary<string, object?>();
        var result = await _theirs.ExecuteAsync(options);
        _stream.SetLength(0);
        await _serializer.WriteAsync(_stream, result);
        return (int)_stream.Length;
    }

    // Every stage of both engines writes the same JSON, with data and no errors.
    private void SameJson()
    {
        var expected = Json(OursFull().GetAwaiter().GetResult(), _buffer.WrittenSpan.ToArray());
        if (expected["errors"] is not null || expected["data"] is null)
        {
            throw new InvalidOperationException($"{Operation}: Hamahang answered {expected.ToJsonString()}");
        }

        foreach (var (stage, run, read) in new (string, Func<Task<int>>, Func<byte[]>)[]
        {
            ("OursFullUncached", OursFullUncached, () => _buffer.WrittenSpan.ToArray()),
            ("OursExecute", OursExecute, () => _buffer.WrittenSpan.ToArray()),
            ("PlainFull", PlainFull, () => _buffer.WrittenSpan.ToArray()),
            ("PlainExecute", PlainExecute, () => _buffer.WrittenSpan.ToArray()),
            ("TheirsFull", TheirsFull, _stream.ToArray),
            ("TheirsExecute", TheirsExecute, _stream.ToArray),
        })
        {
            var actual = Json(run().GetAwaiter().GetResult(), read());
            if (!JsonNode.DeepEquals(expected, actual))
            {
                throw new InvalidOperationException(
                    $"{Operation}: {stage} answered {actual.ToJsonString()}, Hamahang's full pipeline {expected.ToJsonString()}");
            }
        }
    }

    private static JsonNode Json(int length, byte[] bytes) =>
        length == bytes.Length ? JsonNode.Parse(bytes)! : throw new InvalidOperationException("The reported length is not the written one.");
}
