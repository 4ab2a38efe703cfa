using System.Text;
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
            }

            type Room {
              buildingId: ID!
              wingId: ID
              code: ID!
              floor: Int!
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

    [QueryType]
    public static class RoomQuery
    {
        public static Room Room() => new();
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
