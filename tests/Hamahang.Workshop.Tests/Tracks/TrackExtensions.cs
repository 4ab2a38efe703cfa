using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.EntityFramework;
using Hamahang.GraphQL.Types;
using Hamahang.Workshop.Tests.Data;

namespace Hamahang.Workshop.Tests.Tracks;

[ExtendObjectType(typeof(Track))]
public static class TrackExtensions
{
    /// <summary>
    /// The workshop's nested connection (<c>Track.sessions: SessionsConnection</c>): each track's page of sessions, the
    /// pages of every track of a list read by one query.
    /// </summary>
    [UsePaging]
    public static Task<Page<Session>?> GetSessionsAsync([Parent] Track track, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(track);
        return context.PagesBy<WorkshopDbContext, Session, int>("Track.sessions", db => db.Sessions.Where(s => s.TrackId != null), s => s.TrackId!.Value)
            .LoadAsync(track.Id);
    }
}
