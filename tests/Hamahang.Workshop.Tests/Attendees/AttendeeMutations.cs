using Hamahang.GraphQL.Subscriptions;
using Hamahang.GraphQL.Types;
using Hamahang.Workshop.Tests.Data;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Workshop.Tests.Attendees;

[MutationType]
public static class AttendeeMutations
{
    public static async Task<Attendee> RegisterAttendeeAsync(
        string firstName,
        string lastName,
        string username,
        string emailAddress,
        [Service] WorkshopDbContext dbContext,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dbContext);
        var attendee = new Attendee { FirstName = firstName, LastName = lastName, Username = username, EmailAddress = emailAddress };
        dbContext.Attendees.Add(attendee);
        await dbContext.SaveChangesAsync(cancellationToken);
        return attendee;
    }

    public static async Task<Attendee> CheckInAttendeeAsync(
        [ID<Session>] int sessionId,
        [ID<Attendee>] int attendeeId,
        [Service] WorkshopDbContext dbContext,
        [Service] ITopicEventSender eventSender,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dbContext);
        ArgumentNullException.ThrowIfNull(eventSender);
        var attendee = await dbContext.Attendees.FirstOrDefaultAsync(a => a.Id == attendeeId, cancellationToken)
            ?? throw new InvalidOperationException("Attendee not found.");
        attendee.SessionsAttendees.Add(new SessionAttendee { SessionId = sessionId });
        await dbContext.SaveChangesAsync(cancellationToken);
        await eventSender.SendAsync(AttendeeTopics.CheckedIn(sessionId), attendeeId, cancellationToken);
        return attendee;
    }
}
