using System.Runtime.CompilerServices;
using System.Text.Json;
using Hamahang.Api.Domain;

namespace Hamahang.Api.Tests.GraphQL;

/// <summary>
/// The operations bench/http measures (its operations/*.json, read from there) send the SQL commands
/// they should: one per list level, none for the API key once it is cached. Not timed.
/// </summary>
public sealed class BenchmarkedOperationsTests(CountingHostFactory factory) : IClassFixture<CountingHostFactory>
{
    [Theory]
    [InlineData("districts", "districts.nodes", 1)]
    // The page, then its districts, then its attendees with their people (one join): one command per level.
    [InlineData("meetings", "meetings.nodes", 3)]
    [InlineData("node", "node", 1)]
    [InlineData("filtered", "meetings.nodes", 1)]
    public async Task ABenchmarkedReadSendsOneCommandPerLevelAndNoneForACachedKey(string operation, string answer, int commands)
    {
        var (query, _) = Operation(operation);
        var admin = await factory.CreateKeyAsync(ApiKeyRole.Admin);
        Assert.False((await factory.PostAsync(query, admin)).HasErrors);

        factory.Counter.Reset();
        var response = await factory.PostAsync(query, admin);

        Assert.False(response.HasErrors, response.ToString());
        var data = response.At(answer);
        Assert.True(data.ValueKind == JsonValueKind.Object || data.GetArrayLength() > 0, response.ToString());
        Assert.Equal(commands, RequestCommands().Count);
    }

    // EF Core 10 writes a parameterized collection as one parameter per key by default, which it cannot cache: it
    // generated the SQL again for every loader query (bench/README.md, "where the time goes: the meetings page").
    [Fact]
    public async Task TheMeetingsPageSendsTheSameSqlWhateverTheNumberOfMeetingsOnIt()
    {
        var admin = await factory.CreateKeyAsync(ApiKeyRole.Admin);
        await PageCommandsAsync(6, admin); // the key is looked up once, then cached

        var one = await PageCommandsAsync(1, admin);
        var six = await PageCommandsAsync(6, admin);

        Assert.Equal(3, one.Count);
        Assert.Equal(one, six);
    }

    private async Task<List<string>> PageCommandsAsync(int first, string key)
    {
        var query = $"{{ meetings(first: {first}) {{ nodes {{ title districts {{ number }} attendees {{ person {{ fullName }} }} }} }} }}";
        factory.Counter.Reset();
        var response = await factory.PostAsync(query, key);
        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal(first, response.At("meetings.nodes").GetArrayLength());
        return [.. RequestCommands().Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task TheFirstRequestWithAKeyLooksItUpOnce()
    {
        var (query, _) = Operation("districts");
        var admin = await factory.CreateKeyAsync(ApiKeyRole.Admin);

        factory.Counter.Reset();
        Assert.False((await factory.PostAsync(query, admin)).HasErrors);

        var sent = RequestCommands();
        Assert.Equal(2, sent.Count);
        Assert.Single(sent, c => c.Contains("\"ApiKeys\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheBenchmarkedFileFindingSendsAPinnedNumberOfCommands()
    {
        var (query, _) = Operation("fileFinding");
        var admin = await factory.CreateKeyAsync(ApiKeyRole.Admin);
        Assert.False((await factory.PostAsync(query, admin)).HasErrors);

        factory.Counter.Reset();
        var response = await factory.PostAsync(query, admin);

        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal(JsonValueKind.Null, response.At("fileFinding.errors").ValueKind);
        Assert.Equal("FILED", response.At("fileFinding.finding.status").GetString());
        var sent = RequestCommands();
        Assert.Equal(FileFindingCommands, sent.Count);
    }

    // Measured on the seeded database (reads that validate the input, then the write with its history
    // and audit), then pinned so a change that adds round trips to the benchmarked write shows here.
    private const int FileFindingCommands = 5;

    private List<string> RequestCommands() =>
        [.. factory.Counter.Commands.Where(c => !c.Contains("\"GraphQLOutbox\"", StringComparison.Ordinal))];

    private static (string Query, string File) Operation(string name, [CallerFilePath] string here = "")
    {
        var file = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "bench", "http", "operations", name + ".json"));
        using var body = JsonDocument.Parse(File.ReadAllText(file));
        return (body.RootElement.GetProperty("query").GetString()!, file);
    }
}
