using System.Text;
using System.Text.Json.Nodes;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Tests.Types.CodeFirst;

/// <summary>A key of another type marked <c>[ID("Type")]</c> is an <c>ID</c> written as that type's global id, as HotChocolate writes it.</summary>
public class ForeignIdTests
{
    private static readonly Schema Schema = SchemaBuilder.New().AddType(typeof(RoomQuery)).Create();

    [Fact]
    public void AForeignKeyMarkedWithItsTypeIsAnId()
    {
        Assert.Equal(
            """
            type Query {
              room: Room!
              book(input: BookInput!): String!
            }

            type Room {
              buildingId: ID!
              wingId: ID
              code: ID!
              floor: Int!
            }

            input BookInput {
              roomId: ID!
              guestIds: [ID!]
            }
            """,
            SchemaPrinter.Print(Schema));
    }

    [Fact]
    public async Task ItsValueIsTheGlobalIdOfTheTypeItNames()
    {
        var room = new Room { BuildingId = 42, WingId = null, Code = "R-7", Floor = 3 };

        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes("Building:42")), await TestResolverContext.Resolve(Schema, "Room", "buildingId", room));
        Assert.Equal("QnVpbGRpbmc6NDI=", await TestResolverContext.Resolve(Schema, "Room", "buildingId", room));
        Assert.Null(await TestResolverContext.Resolve(Schema, "Room", "wingId", room));
        Assert.Equal("V2luZzo1", await TestResolverContext.Resolve(Schema, "Room", "wingId", new Room { WingId = 5 }));
        // A string id, or an int without a type, is written as it is.
        Assert.Equal("R-7", await TestResolverContext.Resolve(Schema, "Room", "code", room));
        Assert.Equal(3, await TestResolverContext.Resolve(Schema, "Room", "floor", room));
    }

    [Fact]
    public async Task AnInputIdOfTheTypeItNamesIsTakenAsItIs()
    {
        var response = await RunAsync(new { roomId = Id("Room", "7"), guestIds = new[] { Id("Guest", "1"), Id("Guest", "2") } });
        Assert.Equal($"{Id("Room", "7")} for 2", response["data"]!["book"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Building", "Guest", "roomId")]
    [InlineData("Room", "Room", "guestIds")]
    public async Task AnInputIdOfAnotherTypeIsAnInputErrorBeforeTheResolverRuns(string roomType, string guestType, string field)
    {
        var response = await RunAsync(new { roomId = Id(roomType, "7"), guestIds = new[] { Id(guestType, "1") } });

        var error = Assert.Single(response["errors"]!.AsArray())!;
        Assert.Contains($"Variable \"$input\" has invalid value at .{field}", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains($"The node id type name `{(field == "roomId" ? roomType : guestType)}` does not match the expected type name", error["message"]!
            .GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(response["data"]);
    }

    [Fact]
    public async Task AMalformedInputIdIsAnInputError()
    {
        var response = await RunAsync(new { roomId = "not an id" });
        var error = Assert.Single(response["errors"]!.AsArray())!;
        Assert.Contains("at .roomId: The node ID string has an invalid format.", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(response["data"]);
    }

    [Fact]
    public async Task ALiteralIdOfAnotherTypeFailsValidation()
    {
        var result = await new RequestExecutor(Schema).ExecuteAsync(
            new GraphQLRequest { Query = $$"""{ book(input: { roomId: "{{Id("Wing", "1")}}" }) }""" }, new EmptyServices());
        var response = JsonNode.Parse(result.ToJson())!;

        var error = Assert.Single(response["errors"]!.AsArray())!;
        Assert.Equal(
            "Expected value of type \"ID!\", but encountered error \"The node id type name `Wing` does not match the expected type name `Room`.\"; "
            + $"found: \"{Id("Wing", "1")}\".",
            error["message"]!.GetValue<string>());
        Assert.Null(response["data"]);
    }

    private static string Id(string type, string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{key}"));

    private static async Task<JsonNode> RunAsync(object input)
    {
        var variables = new Dictionary<string, object?> { ["input"] = System.Text.Json.JsonSerializer.SerializeToElement(input) };
        var result = await new RequestExecutor(Schema).ExecuteAsync(
            new GraphQLRequest { Query = "query ($input: BookInput!) { book(input: $input) }", Variables = variables }, new EmptyServices());
        return JsonNode.Parse(result.ToJson())!;
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }

    [QueryType]
    public static class RoomQuery
    {
        public static Room Room() => new();

        public static string Book(BookInput input) => $"{input.RoomId} for {input.GuestIds?.Count ?? 0}";
    }

    public sealed record BookInput
    {
        [ID("Room")]
        public required string RoomId { get; init; }

        [ID("Guest")]
        public IReadOnlyList<string>? GuestIds { get; init; }
    }

    public sealed class Room
    {
        [ID("Building")]
        public int BuildingId { get; set; }

        [ID("Wing")]
        public int? WingId { get; set; }

        [ID("Room")]
        public string Code { get; set; } = string.Empty;

        public int Floor { get; set; }
    }
}
