using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;

namespace Hamahang.Bench.Memory;

/// <summary>
/// One POST /graphql to the real host (<see cref="BenchHost"/>) per operation of bench/http/operations, with the Admin
/// key, the body as bench/http sends it and the response read to its end; <c>typename</c> (<c>{ __typename }</c>) is
/// the floor every request pays (transport, key, pipeline). The setup checks that each answers data without errors.
/// The allocations counted are the whole process's during the call: the TestServer client's as well as the host's.
/// </summary>
[MemoryDiagnoser]
public class RequestBenchmarks
{
    private static readonly Lazy<BenchHost> Host = new(() =>
    {
        var host = BenchHost.StartAsync().GetAwaiter().GetResult();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => host.Dispose();
        return host;
    });

    private byte[] _body = [];

    /// <summary>The operation's name in bench/http/operations, or <c>typename</c>.</summary>
    [Params("districts", "meetings", "node", "filtered", "fileFinding", "typename")]
    public string Operation { get; set; } = "districts";

    [GlobalSetup]
    public void Setup()
    {
        _body = Operation == "typename"
            ? """{"query":"{ __typename }"}"""u8.ToArray()
            : File.ReadAllBytes(Path.Combine(Paths.Repository, "bench", "http", "operations", Operation + ".json"));
        var response = JsonNode.Parse(Send().GetAwaiter().GetResult())!;
        if (response["errors"] is not null || response["data"] is not JsonObject data || data.Any(field => field.Value is null)
            || data["fileFinding"] is JsonObject payload && (payload["finding"] is null || payload["errors"] is JsonArray { Count: > 0 }))
        {
            throw new InvalidOperationException($"{Operation}: the host answered {response.ToJsonString()}");
        }
    }

    [Benchmark]
    public async Task<int> Request() => (await Send()).Length;

    private async Task<byte[]> Send()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(_body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("ApiKey", Host.Value.Key);
        using var response = await Host.Value.Client.SendAsync(request);
        return response.IsSuccessStatusCode
            ? await response.Content.ReadAsByteArrayAsync()
            : throw new InvalidOperationException($"{Operation}: HTTP {(int)response.StatusCode}");
    }
}
