using Hamahang.GraphQL.Subscriptions;
using Hamahang.GraphQL.Types;
using Hamahang.Workshop.Tests.Data;

namespace Hamahang.Workshop.Tests.Sessions;

[MutationType]
public static class SessionMutations
{
    public const string ScheduledTopic = "OnSessionScheduled";

    [Error(typeof(TitleEmptyException))]
    [Error(typeof(NoSpeakerException))]
    public static async Task<Session> AddSessionAsync(
        string title,
        string? @abstract,
        [ID<Speaker>] int[] speakerIds,
        [Service] WorkshopDbContext dbContext,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(speakerIds);
        ArgumentNullException.ThrowIfNull(dbContext);
        if (string.IsNullOrEmpty(title))
        {
            throw new TitleEmptyException();
        }

        if (speakerIds.Length == 0)
        {
            throw new NoSpeakerException();
        }

        var session = new Session { Title = title, Abstract = @abstract };
        foreach (var speakerId in speakerIds)
        {
            session.SessionSpeakers.Add(new SessionSpeaker { SpeakerId = speakerId });
        }

        dbContext.Sessions.Add(session);
        await dbContext.SaveChangesAsync(cancellationToken);
        return session;
    }

    [Error(typeof(EndTimeInvalidException))]
    [Error(typeof(SessionNotFoundException))]
    public static async Task<Session> ScheduleSessionAsync(
        [ID<Session>] int sessionId,
        [ID<Track>] int trackId,
        DateTimeOffset startTime,
        DateTimeOffset endTime,
        [Service] WorkshopDbContext dbContext,
        [Service] ITopicEventSender eventSender,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dbContext);
        ArgumentNullException.ThrowIfNull(eventSender);
        if (endTime < startTime)
        {
            throw new EndTimeInvalidException();
        }

        var session = await dbContext.Sessions.FindAsync([sessionId], cancellationToken) ?? throw new SessionNotFoundException();
        (session.TrackId, session.StartTime, session.EndTime) = (trackId, startTime, endTime);
        await dbContext.SaveChangesAsync(cancellationToken);
        await eventSender.SendAsync(ScheduledTopic, session.Id, cancellationToken);
        return session;
    }
}
