using Hamahang.GraphQL.Subscriptions;
using Hamahang.GraphQL.Types;
using Hamahang.Workshop.Tests.Data;

namespace Hamahang.Workshop.Tests.Attendees;

[SubscriptionType]
public static class AttendeeSubscriptions
{
    [Subscribe(With = nameof(SubscribeToOnAttendeeCheckedIn))]
    public static SessionAttendeeCheckIn OnAttendeeCheckedIn([ID<Session>] int sessionId, [EventMessage] int attendeeId) =>
        new(attendeeId, sessionId);

    public static IAsyncEnumerable<int> SubscribeToOnAttendeeCheckedIn(
        int sessionId,
        [Service] ITopicEventReceiver eventReceiver,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eventReceiver);
        return eventReceiver.SubscribeAsync<int>(AttendeeTopics.CheckedIn(sessionId), cancellationToken);
    }
}

/// <summary>The topics attendees' events go to.</summary>
public static class AttendeeTopics
{
    public static string CheckedIn(int sessionId) => "OnAttendeeCheckedIn_" + sessionId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
