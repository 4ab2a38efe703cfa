using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Hamahang.Api.Tests.Reliability.Fuzz;
using Hamahang.GraphQL.Execution;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Hamahang.Api.Tests.Reliability;

/// <summary>The host the fuzzer attacks, its rate limits off so every request reaches GraphQL.</summary>
public sealed class FuzzHostFactory : HostFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:Enabled", "false");
    }
}

/// <summary>
/// Requests generated from the running schema and corrupted (documents, bodies, variables, headers, ids,
/// cursors, hostile strings), sent to the real host in Development (where leaks would show): no 500, no
/// exception text, and no row written by a request that was refused (every table counted around each
/// mutation). CI sends <see cref="DefaultCount"/>; <c>HAMAHANG_FUZZ_COUNT=100000</c> gives the long run and
/// <c>HAMAHANG_FUZZ_SEED</c> replays one.
/// </summary>
public sealed class FuzzTests(FuzzHostFactory factory, ITestOutputHelper output) : IClassFixture<FuzzHostFactory>
{
    private const int DefaultCount = 600;

    private static readonly string[] LeakMarkers = ["   at ", "Exception", "stackTrace", "System.", "Microsoft.", "SQLite Error", "Sqlite"];

    [Fact]
    public async Task GeneratedAndCorruptedRequestsNeverFailTheHostLeakOrWrite()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("HAMAHANG_FUZZ_COUNT"), CultureInfo.InvariantCulture, out var n) ? n : DefaultCount;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("HAMAHANG_FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : 18;
        var random = new Random(seed);
        var keys = new (string? Key, double Weight)[]
        {
            (await factory.CreateKeyAsync(ApiKeyRole.Admin), 0.5),
            (await factory.CreateKeyAsync(ApiKeyRole.Editor), 0.2),
            (await factory.CreateKeyAsync(ApiKeyRole.Integrator), 0.1),
            (null, 0.1),
            ("hmh_not-a-key\u0001", 0.1),
        };
        var generator = new DocumentGenerator(factory.Services.GetRequiredService<IRequestExecutor>().Schema, random);
        var corruptor = new Corruptor(random);
        var figures = new FuzzFigures();
        using var client = factory.CreateClient();
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < count; i++)
        {
            var operation = generator.Next();
            var key = PickKey(keys, random);
            using var request = Build(operation, key, random, corruptor);
            var before = operation.IsMutation ? await RowCountsAsync() : null;

            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            figures.Sent++;
            var rejected = Classify((int)response.StatusCode, text, figures, operation.Document);
            var after = before is not null && rejected ? await RowCountsAsync() : null;
            if (after is not null && !Enumerable.SequenceEqual(before!, after))
            {
                figures.WritesFromRejected++;
                figures.Example($"write from a rejected request: {operation.Document} {operation.VariablesJson} => {text}");
            }
        }

        output.WriteLine($"{figures} in {clock.Elapsed.TotalSeconds:0} s (seed {seed})");
        Console.WriteLine($"{figures} in {clock.Elapsed.TotalSeconds:0} s (seed {seed})");
        foreach (var example in figures.Examples)
        {
            output.WriteLine(example.Length > 2_000 ? example[..2_000] : example);
        }

        Assert.Equal(count, figures.Sent);
        Assert.True(figures.RejectedByCode.Values.Sum() > count / 10, "The fuzzer should be refused often; it may have stopped corrupting.");
        Assert.True(figures.Answered > count / 20, "The fuzzer should also send requests that run.");
        Assert.True(figures.ServerErrors == 0 && figures.Leaks == 0 && figures.WritesFromRejected == 0,
            figures + Environment.NewLine + string.Join(Environment.NewLine, figures.Examples));
    }

    private static string? PickKey((string? Key, double Weight)[] keys, Random random)
    {
        var roll = random.NextDouble();
        foreach (var (key, weight) in keys)
        {
            if ((roll -= weight) < 0)
            {
                return key;
            }
        }

        return keys[0].Key;
    }

    private static HttpRequestMessage Build(FuzzOperation operation, string? key, Random random, Corruptor corruptor)
    {
        var document = operation.Document;
        var roll = random.NextDouble();
        HttpRequestMessage request;
        if (roll < 0.1)
        {
            var url = "/graphql?query=" + Uri.EscapeDataString(RemoveLoneSurrogates(document))
                + (operation.VariablesJson is null ? string.Empty : "&variables=" + Uri.EscapeDataString(RemoveLoneSurrogates(operation.VariablesJson)));
            request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
            if (random.NextDouble() < 0.8)
            {
                request.Headers.TryAddWithoutValidation("GraphQL-Preflight", "1");
            }
        }
        else
        {
            byte[] body;
            if (roll < 0.2)
            {
                body = corruptor.Body(document, operation.VariablesJson);
            }
            else
            {
                if (roll < 0.4)
                {
                    document = corruptor.Document(document);
                }

                body = Encoding.UTF8.GetBytes("{\"query\":" + FuzzValue.Quote(document)
                    + (operation.VariablesJson is null ? string.Empty : ",\"variables\":" + operation.VariablesJson) + "}");
            }

            request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = random.NextDouble() switch
            {
                < 0.9 => MediaTypeHeaderValue.Parse("application/json"),
                < 0.93 => MediaTypeHeaderValue.Parse("text/plain"),
                < 0.96 => MediaTypeHeaderValue.Parse("application/x-www-form-urlencoded"),
                < 0.98 => MediaTypeHeaderValue.Parse("application/json; charset=latin1"),
                _ => MediaTypeHeaderValue.Parse("application/graphql"),
            };
        }

        request.Headers.TryAddWithoutValidation("Accept", random.NextDouble() switch
        {
            < 0.45 => "application/graphql-response+json",
            < 0.9 => "application/json",
            < 0.95 => "text/html",
            _ => "*/*",
        });
        if (key is not null)
        {
            var header = random.NextDouble() < 0.5 ? "X-Api-Key" : "Authorization";
            request.Headers.TryAddWithoutValidation(header, header == "Authorization" && random.NextDouble() < 0.95 ? "ApiKey " + key : key);
        }

        return request;
    }

    /// <summary>Whether the answer refuses the request; counts it, a 500 and leaked exception text.</summary>
    private static bool Classify(int status, string text, FuzzFigures figures, string document)
    {
        if (status >= 500)
        {
            figures.ServerErrors++;
            figures.Example($"{status}: {document} => {text}");
        }

        if (LeakMarkers.FirstOrDefault(marker => text.Contains(marker, StringComparison.Ordinal)) is { } leaked)
        {
            figures.Leaks++;
            figures.Example($"leak ({leaked}): {document} => {text}");
        }

        JsonElement body;
        try
        {
            using var json = JsonDocument.Parse(text);
            body = json.RootElement.Clone();
        }
        catch (JsonException)
        {
            figures.Reject($"HTTP {status} (not JSON)");
            return true;
        }

        var rejected = status != 200;
        string? firstCode = null;
        var hasData = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object;
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
            && errors.GetArrayLength() > 0)
        {
            foreach (var error in errors.EnumerateArray())
            {
                var code = error.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString()! : NoCode(error);
                if (code == "INTERNAL_SERVER_ERROR")
                {
                    figures.ServerErrors++;
                    figures.Example($"INTERNAL_SERVER_ERROR: {document} => {text}");
                }

                // An error at a root field refuses the operation; deeper ones are a partial answer of a write that succeeded.
                rejected |= !error.TryGetProperty("path", out var path) || path.GetArrayLength() <= 1;
                firstCode ??= code;
            }

            figures.Reject(firstCode!);
        }
        else if (!hasData)
        {
            figures.Reject($"HTTP {status} (no data)");
            return true;
        }
        else
        {
            figures.Answered++;
        }

        if (hasData)
        {
            foreach (var root in body.GetProperty("data").EnumerateObject())
            {
                if (root.Value.ValueKind == JsonValueKind.Null)
                {
                    rejected = true;
                }
                else if (root.Value.ValueKind == JsonValueKind.Object && root.Value.TryGetProperty("errors", out var payloadErrors)
                    && payloadErrors.ValueKind == JsonValueKind.Array && payloadErrors.GetArrayLength() > 0)
                {
                    rejected = true;
                    var first = payloadErrors[0];
                    if (firstCode is null)
                    {
                        figures.Answered--;
                        figures.Reject("payload " + (first.TryGetProperty("__typename", out var t) ? t.GetString() : "error"));
                    }
                }
            }
        }

        return rejected || !hasData;
    }

    private static string NoCode(JsonElement error) =>
        error.TryGetProperty("message", out var m)
            && m.GetString()!.StartsWith("Syntax Error", StringComparison.Ordinal) ? "(syntax error, no code)" : "(validation error, no code)";

    private static string RemoveLoneSurrogates(string text) => new([.. text.Where(c => !char.IsSurrogate(c))]);

    /// <summary>The rows of every table of the model, in one fixed order.</summary>
    private async Task<long[]> RowCountsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var counts = new List<long>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => !e.IsOwned() && e.FindPrimaryKey() is not null && !e.HasSharedClrType)
            .OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(entity.ClrType)
                .Invoke(db, null)!;
            counts.Add(await set.LongCountAsync());
        }

        return [.. counts];
    }
}
