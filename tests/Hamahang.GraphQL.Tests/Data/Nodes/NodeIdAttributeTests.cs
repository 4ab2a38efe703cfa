using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Tests.Data.Nodes;

public sealed class NodeIdAttributeTests
{
    [Fact]
    public void AKeyDeclaredOnABaseClassNamesEachDerivedTypeForNodeLoading()
    {
        var schema = SchemaBuilder.New().AddType(typeof(NodeQueries)).AddType(typeof(Queries)).Create();

        var meeting = (NodeType)((ObjectType)schema.GetType("Meeting")!).Metadata[NodeIdAttribute.MetadataKey]!;
        var site = (NodeType)((ObjectType)schema.GetType("Site")!).Metadata[NodeIdAttribute.MetadataKey]!;

        Assert.Equal(typeof(Meeting), meeting.EntityType);
        Assert.Equal(typeof(Site), site.EntityType);
        Assert.Equal(nameof(Record.Id), meeting.Key.Name);
    }

    [Fact]
    public void TheIdOfAPropertyKeyIsAPureFieldThatEncodesTheKey()
    {
        var schema = SchemaBuilder.New().AddType(typeof(Queries)).Create();
        var id = ((ObjectType)schema.GetType("Site")!).GetField("id")!;

        Assert.Null(id.Resolver);
        Assert.Equal(NodeId.Encode("Site", 7), id.PureResolver!(new Site { Id = 7 }));
    }

    public abstract class Record
    {
        [NodeId]
        public int Id { get; set; }
    }

    public sealed class Meeting : Record
    {
        public string Title { get; set; } = string.Empty;
    }

    public sealed class Site : Record
    {
        public string Name { get; set; } = string.Empty;
    }

    [QueryType]
    public static class Queries
    {
        public static Meeting? GetMeeting() => null;

        public static Site? GetSite() => null;
    }
}
