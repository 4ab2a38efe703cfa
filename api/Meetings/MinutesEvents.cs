namespace Hamahang.Api.Meetings;

/// <summary>The outbox event of published minutes: subscribers load the revision by its key.</summary>
public sealed record MinutesPublishedEvent(int MinutesId, int MeetingId);

public static class MinutesEvents
{
    public const string PublishedTopic = "minutesPublished";
}
