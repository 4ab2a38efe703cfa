using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Tests.Types.CodeFirst;

/// <summary>
/// An argument or input field marked <c>[ID]</c>, <c>[ID("Type")]</c> or <c>[ID&lt;T&gt;]</c> whose CLR type is a key
/// (<c>int</c>, <c>long</c>, <see cref="Guid"/>, nullable, lists) receives the key the global id holds, as
/// HotChocolate 15's global id formatter gives it; a string keeps the id. A wrong id is a field error worded as
/// HotChocolate words it, with code <c>INVALID_ID</c>, at the argument.
/// </summary>
public class IdKeyTests
{
    private static readonly Guid Key = Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff");
    private static readonly Schema Schema = SchemaBuilder.New().AddType(typeof(KeyQuery)).Create();

    [Fact]
    public void TheSchemaStillSaysId()
    {
        var sdl = SchemaPrinter.Print(Schema);
        Assert.Contains("intKey(id: ID!): Int!", sdl, StringComparison.Ordinal);
        Assert.Contains("guids(ids: [ID!]!): [String!]!", sdl, StringComparison.Ordinal);
        Assert.Contains("optional(id: ID): String", sdl, StringComparison.Ordinal);
        Assert.Contains("speakerIds: [ID!]!", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachKeyTypeReceivesTheDecodedKey()
    {
        var data = await DataAsync($$"""
            {
              intKey(id: "{{Id("Session", "3")}}")
              longKey(id: "{{Id("Session", "9000000000")}}")
              guidKey(id: "{{Id("Session", Key.ToString())}}")
              text(id: "{{Id("Session", "3")}}")
              presenter(id: "{{Id("Presenter", "4")}}")
            }
            """);

        Assert.Equal(4, data["intKey"]!.GetValue<int>());
        Assert.Equal(9000000001L, data["longKey"]!.GetValue<long>());
        Assert.Equal("Guid " + Key, data["guidKey"]!.GetValue<string>());
        Assert.Equal(Id("Session", "3"), data["text"]!.GetValue<string>());
        Assert.Equal(4, data["presenter"]!.GetValue<int>());
    }

    [Fact]
    public async Task ListsAndNullablesReceiveKeys()
    {
        var data = await DataAsync($$"""
            query ($ids: [ID!]!) {
              ints(ids: ["{{Id("Session", "1")}}", "{{Id("Session", "2")}}"])
              longs(ids: $ids)
              guids(ids: ["{{Id("Session", Key.ToString())}}"])
              nullableItems(ids: [null, "{{Id("Session", "5")}}"])
              optional(id: "{{Id("Session", "6")}}")
              none: optional(id: null)
            }
            """, new { ids = new[] { Id("Session", "7"), Id("Session", "8") } });

        Assert.Equal("Int32[] 1,2", data["ints"]!.GetValue<string>());
        Assert.Equal("List`1 7,8", data["longs"]!.GetValue<string>());
        Assert.Equal([Key.ToString()], data["guids"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("-,5", data["nullableItems"]!.GetValue<string>());
        Assert.Equal("6", data["optional"]!.GetValue<string>());
        Assert.Equal("none", data["none"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnUntypedIdAcceptsAnIdOfAnyType()
    {
        var data = await DataAsync($$"""{ a: untyped(id: "{{Id("Session", "11")}}") b: untyped(id: "{{Id("Track", "12")}}") }""");

        Assert.Equal(11, data["a"]!.GetValue<int>());
        Assert.Equal(12, data["b"]!.GetValue<int>());
    }

    [Fact]
    public async Task AnInputObjectReceivesKeysFromLiteralsAndVariables()
    {
        var literal = await DataAsync($$"""
            { schedule(input: { sessionId: "{{Id("Session", "3")}}", speakerIds: ["{{Id("Presenter", "1")}}", "{{Id("Presenter", "2")}}"] }) }
            """);
        var variable = await DataAsync(
            "query ($input: ScheduleInput!) { schedule(input: $input) }",
            new
            {
                input = new { sessionId = Id("Session", "3"), speakerIds = new[] { Id("Presenter", "1"), Id("Presenter", "2") }, trackId = Id("Track", "9") },
            });

        Assert.Equal("session 3 speakers 1,2 track -", literal["schedule"]!.GetValue<string>());
        Assert.Equal("session 3 speakers 1,2 track 9", variable["schedule"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnIdOfAnotherTypeIsAFieldErrorAtTheArgument()
    {
        var response = await RunAsync($$"""
            {
              optional(id: "{{Id("Track", "3")}}")
              intKey(id: "{{Id("Session", "3")}}")
            }
            """);

        var error = Assert.Single(response["errors"]!.AsArray())!;
        Assert.Equal("The node id type name `Track` does not match the expected type name `Session`.", error["message"]!.GetValue<string>());
        Assert.Equal("INVALID_ID", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(["optional"], error["path"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(2, error["locations"]![0]!["line"]!.GetValue<int>());
        Assert.Equal(16, error["locations"]![0]!["column"]!.GetValue<int>());
        // The nullable field is null; its sibling still resolves, as in HotChocolate.
        Assert.Null(response["data"]!["optional"]);
        Assert.Equal(4, response["data"]!["intKey"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("U2Vzc2lvbg==")] // "Session", no key
    [InlineData("U2Vzc2lvbjp0aHJlZQ==")] // "Session:three", a key that is not an int
    public async Task AMalformedIdIsAFieldErrorAndANonNullFieldNullsTheData(string id)
    {
        var response = await RunAsync("query ($id: ID!) { intKey(id: $id) }", new { id });

        var error = Assert.Single(response["errors"]!.AsArray())!;
        Assert.Equal("The node ID string has an invalid format.", error["message"]!.GetValue<string>());
        Assert.Equal("INVALID_ID", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(["intKey"], error["path"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Null(response["data"]);
    }

    [Fact]
    public async Task AWrongIdInAListIsRefused()
    {
        var response = await RunAsync($$"""{ ints(ids: ["{{Id("Session", "1")}}", "{{Id("Track", "2")}}"]) }""");

        var error = Assert.Single(response["errors"]!.AsArray())!;
        Assert.Equal("The node id type name `Track` does not match the expected type name `Session`.", error["message"]!.GetValue<string>());
        Assert.Null(response["data"]);
    }

    [Fact]
    public async Task AWrongIdInAnInputObjectIsRefusedBeforeTheResolverRuns()
    {
        var response = await RunAsync(
            "query ($input: ScheduleInput!) { schedule(input: $input) }",
            new { input = new { sessionId = Id("Session", "3"), speakerIds = new[] { Id("Session", "1") } } });

        var error = Assert.Single(response["errors"]!.AsArray())!;
        Assert.Equal(
            "Variable \"$input\" has invalid value at .speakerIds: The node id type name `Session` does not match the expected type name `Presenter`.",
            error["message"]!.GetValue<string>());
        Assert.Null(response["data"]);
    }

    [Fact]
    public async Task AWrongIdInAVariableInsideAnInputLiteralIsAFieldErrorWithTheCode()
    {
        var response = await RunAsync(
            "query ($session: ID!) { schedule(input: { sessionId: $session, speakerIds: [] }) }",
            new { session = Id("Presenter", "3") });

        var error = Assert.Single(response["errors"]!.AsArray())!;
        Assert.Equal(
            "Argument \"Query.schedule(input:)\" has invalid value at .sessionId: "
            + "The node id type name `Presenter` does not match the expected type name `Session`.",
            error["message"]!.GetValue<string>());
        Assert.Equal("INVALID_ID", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(["schedule"], error["path"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Null(response["data"]);
    }

    private static string Id(string type, string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{key}"));

    private static async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var response = await RunAsync(query, variables);
        Assert.True(response["errors"] is null, response.ToJsonString());
        return response["data"]!;
    }

    private static async Task<JsonNode> RunAsync(string query, object? variables = null)
    {
        var request = new GraphQLRequest
        {
            Query = query,
            Variables = variables is null
                ? null
                : System.Text.Json.JsonSerializer.SerializeToElement(variables).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone()),
        };
        var result = await new RequestExecutor(Schema).ExecuteAsync(request, new EmptyServices());
        return JsonNode.Parse(result.ToJson())!;
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }

    public sealed class Session;

    [GraphQLName("Presenter")]
    public sealed class Speaker;

    [QueryType]
    public static class KeyQuery
    {
        public static int IntKey([ID<Session>] int id) => id + 1;

        public static long LongKey([ID(nameof(Session))] long id) => id + 1;

        public static string GuidKey([ID<Session>] Guid id) => $"{id.GetType().Name} {id}";

        public static string Text([ID<Session>] string id) => id;

        public static int Presenter([ID<Speaker>] int id) => id;

        public static int Untyped([ID] int id) => id;

        public static string Ints([ID<Session>] int[] ids) => $"{ids.GetType().Name} {string.Join(',', ids)}";

        public static string Longs([ID<Session>] List<long> ids) => $"{ids.GetType().Name} {string.Join(',', ids)}";

        public static IReadOnlyList<string> Guids([ID<Session>] IReadOnlyList<Guid> ids) => [.. ids.Select(i => i.ToString())];

        public static string NullableItems([ID<Session>] int?[] ids) => string.Join(',', ids.Select(i => i?.ToString(CultureInfo.InvariantCulture) ?? "-"));

        public static string? Optional([ID<Session>] int? id) => id?.ToString(CultureInfo.InvariantCulture) ?? "none";

        public static string Schedule(ScheduleInput input) =>
            $"session {input.SessionId} speakers {string.Join(',', input.SpeakerIds)} track {input.TrackId?.ToString(CultureInfo.InvariantCulture) ?? "-"}";
    }

    public sealed record ScheduleInput([property: ID<Session>] int SessionId, [property: ID<Speaker>] IReadOnlyList<int> SpeakerIds)
    {
        [ID("Track")]
        public long? TrackId { get; init; }
    }
}
