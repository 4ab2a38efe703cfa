using System.Text.Json.Nodes;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Tests.Data.Sorting;

/// <summary>
/// Sort and filter inputs are inferred as HotChocolate infers them, from the entity's CLR type: its public instance
/// properties not marked <c>[GraphQLIgnore]</c>, whatever the object type does with them (a member an extension
/// resolves stays sortable); never methods; collections only for filtering. An extension's member replaces the field
/// a property made, as a HotChocolate type extension does.
/// </summary>
public class SortInferenceTests
{
    private static readonly Schema Schema = SchemaBuilder.New().AddQueryType<Conference>().AddTypeExtension(typeof(TalkExtensions)).Create();

    [Fact]
    public void TheSortInputTakesThePropertiesAnExtensionResolvesButNotIgnoredOnesCollectionsOrMethods()
    {
        var input = (InputObjectType)Schema.GetType("TalkSortInput")!;

        Assert.Equal(["id", "title", "length", "room"], input.Fields.Select(f => f.Name));
        Assert.Equal("SortEnumType", input.GetField("length")!.Type.NamedType.Name);
        Assert.Equal("RoomSortInput", input.GetField("room")!.Type.NamedType.Name);
        Assert.Equal(["name"], ((InputObjectType)Schema.GetType("RoomSortInput")!).Fields.Select(f => f.Name));
    }

    [Fact]
    public void TheFilterInputTakesTheSamePropertiesAndTheCollections()
    {
        var input = (InputObjectType)Schema.GetType("TalkFilterInput")!;

        Assert.Equal(["and", "or", "id", "title", "length", "room", "speakers"], input.Fields.Select(f => f.Name));
        Assert.Equal("TimeSpanOperationFilterInput", input.GetField("length")!.Type.NamedType.Name);
        Assert.Equal("Duration", ((InputObjectType)Schema.GetType("TimeSpanOperationFilterInput")!).GetField("gt")!.Type.NamedType.Name);
    }

    [Fact]
    public async Task AnExtensionsMemberResolvesTheFieldThePropertyWouldHave()
    {
        var result = await Execute("{ talks(order: [{ id: ASC }]) { room { name } length } }");

        Assert.Equal(
            """{"data":{"talks":[{"room":{"name":"Hall B (by the extension)"},"length":"PT2H"},{"room":{"name":"Hall C (by the extension)"},"length":"PT2H"},"""
                + """{"room":{"name":"Hall A (by the extension)"},"length":"PT2H"}]}}""",
            result);
    }

    [Theory]
    [InlineData("[{ room: { name: DESC } }]", new[] { 2, 1, 3 })]
    [InlineData("[{ length: ASC }, { id: DESC }]", new[] { 2, 3, 1 })]
    [InlineData("{ title: DESC }", new[] { 3, 2, 1 })]
    public async Task AMemberTheObjectTypeResolvesElsewhereSortsByItsValue(string order, int[] ids)
    {
        var result = JsonNode.Parse(await Execute($"{{ talks(order: {order}) {{ id }} }}"))!;

        Assert.Equal(ids, result["data"]!["talks"]!.AsArray().Select(t => t!["id"]!.GetValue<int>()));
    }

    [Fact]
    public async Task AFilterOnATimeSpanComparesDurations()
    {
        var result = await Execute("{ talks(where: { length: { lt: \"PT1H\" } }) { id } }");

        Assert.Equal("""{"data":{"talks":[{"id":2}]}}""", result);
    }

    private static async Task<string> Execute(string query) => (await new RequestExecutor(Schema).ExecuteAsync(new GraphQLRequest { Query = query })).ToJson();

    public sealed class Room
    {
        public string Name { get; set; } = string.Empty;
    }

    public sealed class Speaker
    {
        public string Name { get; set; } = string.Empty;
    }

    public sealed class Talk
    {
        public int Id { get; set; }

        public string Title { get; set; } = string.Empty;

        public TimeSpan Length { get; set; }

        public Room? Room { get; set; }

        [GraphQLIgnore]
        public string Secret { get; set; } = string.Empty;

        public List<Speaker> Speakers { get; set; } = [];

        public int Rank() => Title.Length;
    }

    [ExtendObjectType(typeof(Talk))]
    public static class TalkExtensions
    {
        public static Room? GetRoom([Parent] Talk talk) => talk.Room is { } room ? new Room { Name = room.Name + " (by the extension)" } : null;

        public static TimeSpan Length([Parent] Talk talk) => TimeSpan.FromHours(2);
    }

    public sealed class Conference
    {
        private static readonly Talk[] Talks =
        [
            new() { Id = 1, Title = "A", Length = TimeSpan.FromHours(3), Room = new() { Name = "Hall B" } },
            new() { Id = 2, Title = "B", Length = TimeSpan.FromMinutes(30), Room = new() { Name = "Hall C" } },
            new() { Id = 3, Title = "C", Length = TimeSpan.FromHours(1), Room = new() { Name = "Hall A" } },
        ];

        [UseFiltering]
        [UseSorting]
        public static IQueryable<Talk> GetTalks() => Talks.AsQueryable();
    }
}
