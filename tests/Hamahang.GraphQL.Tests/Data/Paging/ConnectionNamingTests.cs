using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Tests.Data.Paging;

/// <summary>
/// A connection is named after its field, on the root and on any other type, as HotChocolate names it: the workshop's
/// <c>Track.sessions</c> is a <c>SessionsConnection</c>, the one type <c>Query.sessions</c> returns too.
/// </summary>
public class ConnectionNamingTests
{
    [Fact]
    public void ANestedConnectionIsNamedAfterItsFieldAndSharedWithTheRootField()
    {
        var schema = SchemaBuilder.New().AddQueryType<Conference>().Create();
        var sdl = SchemaPrinter.Print(schema);

        Assert.Equal("SessionsConnection", schema.GetType("Track") is ObjectType track ? track.GetField("sessions")!.Type.NamedType.Name : null);
        Assert.Equal("SessionsConnection", schema.QueryType!.GetField("sessions")!.Type.NamedType.Name);
        Assert.Null(schema.GetType("TrackSessionsConnection"));
        Assert.Null(schema.GetType("TrackSessionsEdge"));
        Assert.Equal(2, sdl.Split("): SessionsConnection").Length - 1);
        Assert.Single(schema.Types, t => t.Name == "SessionsEdge");
    }

    [Fact]
    public void TwoFieldsOfOneNamePagingDifferentItemsAreRefused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SchemaBuilder.New().AddQueryType<Clash>().Create());

        Assert.Contains("SessionsConnection pages", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AConnectionCountsItsItemsOnlyWhenItsFieldIncludesTotalCount()
    {
        var plain = SchemaBuilder.New().AddQueryType<Conference>().Create();
        var counted = SchemaBuilder.New().AddQueryType<CountedSpeakers>().Create();

        Assert.Null(((ObjectType)plain.GetType("SessionsConnection")!).GetField("totalCount"));
        Assert.Equal("Int!", ((ObjectType)counted.GetType("SpeakersConnection")!).GetField("totalCount")!.Type.ToString());
    }

    [Fact]
    public void TwoFieldsSharingAConnectionButNotTotalCountAreRefused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SchemaBuilder.New().AddQueryType<CountedClash>().Create());

        Assert.Contains("only one of them includes totalCount", error.Message, StringComparison.Ordinal);
    }

    public class CountedSpeakers
    {
        [UsePaging(IncludeTotalCount = true)]
        public static IQueryable<Session> GetSpeakers() => Array.Empty<Session>().AsQueryable();
    }

    public class CountedClash
    {
        [UsePaging(IncludeTotalCount = true)]
        public static IQueryable<Session> GetSessions() => Array.Empty<Session>().AsQueryable();

        public static Track GetTrack() => new();
    }

    public class Conference
    {
        [UsePaging]
        public static IQueryable<Session> GetSessions() => new[] { new Session { Id = 1 } }.AsQueryable();

        public static Track GetTrack() => new();
    }

    public class Clash
    {
        [UsePaging]
        public static IQueryable<Session> GetSessions() => Array.Empty<Session>().AsQueryable();

        public static Room GetRoom() => new();
    }

    public class Track
    {
        [UsePaging]
        public IQueryable<Session> Sessions { get; } = new[] { new Session { Id = 2 } }.AsQueryable();
    }

    public class Room
    {
        [UsePaging]
        public IQueryable<Track> Sessions { get; } = Array.Empty<Track>().AsQueryable();
    }

    public class Session
    {
        public int Id { get; set; }
    }
}
