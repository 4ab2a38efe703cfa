using Hamahang.GraphQL.Execution.DataLoaders;
using Hamahang.GraphQL.Types;
using Hamahang.Workshop.Tests.Data;

namespace Hamahang.Workshop.Tests.Sessions;

[ExtendObjectType(typeof(Session))]
public static class SessionExtensions
{
    public static TimeSpan Duration([Parent] Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Duration;
    }

    public static async Task<IEnumerable<Speaker>> GetSpeakersAsync([Parent] Session session, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(session);
        return await context.DataLoader<SpeakersBySessionIdDataLoader>().LoadAsync(session.Id);
    }

    public static async Task<IEnumerable<Attendee>> GetAttendeesAsync([Parent] Session session, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(session);
        return await context.DataLoader<AttendeesBySessionIdDataLoader>().LoadAsync(session.Id);
    }

    public static async Task<Track?> GetTrackAsync([Parent] Session session, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.TrackId is { } trackId ? await context.DataLoader<TrackByIdDataLoader>().LoadAsync(trackId) : null;
    }
}
