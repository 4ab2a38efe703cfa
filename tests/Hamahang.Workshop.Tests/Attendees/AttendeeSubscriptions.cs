using Hamahang.GraphQL.Subscriptions;
using Hamahang.GraphQL.Types;
using Hamahang.Workshop.Tests.Data;

namespace Hamahang.Workshop.Tests.Attendees;

[SubscriptionType]
public static class AttendeeSubscriptions
{
    [Subscribe(With = nameof(SubscribeToOnAttendeeCheckedIn))]
    public static SessionAttendeeCheckIn OnAttendeeCheckedIn([ID(nameof(Session))] string sessionId, [EventMessage] int attendeeId) =>
        new(attendeeId, Ids.Key(sessionId));

    public static IAsyncEnumerable<int> SubscribeToOnAttendeeCheckedIn(
        string sessionId,
        [Service] ITopicEventReceiver eventReceiver,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eventReceiver);
        return eventReceiver.SubscribeAsync<int>(AttendeeTopics.CheckedIn(Ids.Key(sessionId)), cancellationToken);
    }
}

/// <summary>The topics attendees' events go to.</summary>
public static class AttendeeTopics
{
    public static string CheckedIn(int sessionId) => "OnAttendeeCheckedIn_" + sessionId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
