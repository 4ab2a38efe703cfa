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
        [ID(nameof(Session))] string sessionId,
        [ID(nameof(Attendee))] string attendeeId,
        [Service] WorkshopDbContext dbContext,
        [Service] ITopicEventSender eventSender,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dbContext);
        ArgumentNullException.ThrowIfNull(eventSender);
        var (session, attendeeKey) = (Ids.Key(sessionId), Ids.Key(attendeeId));
        var attendee = await dbContext.Attendees.FirstOrDefaultAsync(a => a.Id == attendeeKey, cancellationToken)
            ?? throw new InvalidOperationException("Attendee not found.");
        attendee.SessionsAttendees.Add(new SessionAttendee { SessionId = session });
        await dbContext.SaveChangesAsync(cancellationToken);
        await eventSender.SendAsync(AttendeeTopics.CheckedIn(session), attendeeKey, cancellationToken);
        return attendee;
    }
}
