using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Hamahang.Workshop.Tests;

/// <summary>
/// The workshop's <c>[ID&lt;Session&gt;] int id</c> arguments, over HTTP: the resolver receives the key the global id
/// holds (no decoding by hand), and an id of another type is HotChocolate's error before any resolver uses it.
/// </summary>
public sealed class IdTests : IAsyncLifetime
{
    private WorkshopHost _host = null!;

    public async Task InitializeAsync() => _host = await WorkshopHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AMutationTakesIdsAndAQueryFindsByThem()
    {
        var ada = await IdOfAsync("""mutation { addSpeaker(input: { name: "Ada" }) { speaker { id } } }""", "addSpeaker.speaker.id");
        var alan = await IdOfAsync("""mutation { addSpeaker(input: { name: "Alan" }) { speaker { id } } }""", "addSpeaker.speaker.id");
        var track = await IdOfAsync("""mutation { addTrack(input: { name: "Main" }) { track { id } } }""", "addTrack.track.id");
        var session = await IdOfAsync(
            "mutation ($speakers: [ID!]!) { addSession(input: { title: \"Engines\", speakerIds: $speakers }) { session { id } } }",
            "addSession.session.id",
            new { speakers = new[] { ada, alan } });

        var scheduled = await DataAsync(
            $$"""
            mutation {
              scheduleSession(input: { sessionId: "{{session}}", trackId: "{{track}}", startTime: "2026-12-06T10:00:00Z", endTime: "2026-12-06T11:00:00Z" }) {
                session { trackId }
              }
            }
            """);
        Assert.Equal(track, At(scheduled, "scheduleSession.session.trackId"));

        var found = await DataAsync(
            "query ($id: ID!, $ids: [ID!]!) { sessionById(id: $id) { title speakers { name } track { name } } speakersById(ids: $ids) { id } }",
            new { id = session, ids = new[] { alan, ada } });
        Assert.Equal("Engines", At(found, "sessionById.title"));
        Assert.Equal(["Ada", "Alan"], found["sessionById"]!["speakers"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()).Order());
        Assert.Equal("Main", At(found, "sessionById.track.name"));
        Assert.Equal([alan, ada], found["speakersById"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AnIdOfAnotherTypeIsHotChocolatesError()
    {
        var speaker = await IdOfAsync("""mutation { addSpeaker(input: { name: "Ada" }) { speaker { id } } }""", "addSpeaker.speaker.id");

        var query = await PostAsync("query ($id: ID!) { sessionById(id: $id) { title } }", new { id = speaker });
        var error = Assert.Single(query["errors"]!.AsArray())!;
        Assert.Equal("The node id type name `Speaker` does not match the expected type name `Session`.", error["message"]!.GetValue<string>());
        Assert.Equal("INVALID_ID", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(["sessionById"], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Null(query["data"]!["sessionById"]);

        var mutation = await PostAsync(
            "mutation ($speakers: [ID!]!) { addSession(input: { title: \"Engines\", speakerIds: $speakers }) { session { id } } }",
            new { speakers = new[] { speaker, "not an id" } });
        error = Assert.Single(mutation["errors"]!.AsArray())!;
        Assert.Equal(
            "Argument \"Mutation.addSession(input:)\" has invalid value at .speakerIds: The node ID string has an invalid format.",
            error["message"]!.GetValue<string>());
        Assert.Equal("INVALID_ID", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(mutation["data"]);
        var sessions = await DataAsync("{ sessions { nodes { id } } }");
        Assert.Empty(sessions["sessions"]!["nodes"]!.AsArray());
    }

    private static string At(JsonNode data, string path) =>
        path.Split('.').Aggregate(data, (node, name) => node[name]!).GetValue<string>();

    private async Task<string> IdOfAsync(string query, string path, object? variables = null) => At(await DataAsync(query, variables), path);

    private async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response["errors"] is null, response.ToJsonString());
        return response["data"]!;
    }

    private async Task<JsonNode> PostAsync(string query, object? variables = null)
    {
        using var response = await _host.Client.PostAsJsonAsync("graphql", new { query, variables });
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
