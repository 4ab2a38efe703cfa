using Hamahang.GraphQL.Execution.DataLoaders;
using Hamahang.GraphQL.Types;
using Hamahang.Workshop.Tests.Data;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Workshop.Tests.Attendees;

/// <summary>The event of an attendee checking in to a session.</summary>
public sealed class SessionAttendeeCheckIn(int attendeeId, int sessionId)
{
    [ID(nameof(Attendee))]
    public int AttendeeId { get; } = attendeeId;

    [ID(nameof(Session))]
    public int SessionId { get; } = sessionId;

    public async Task<int> CheckInCountAsync([Service] WorkshopDbContext dbContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dbContext);
        return await dbContext.Sessions.Where(s => s.Id == SessionId).SelectMany(s => s.SessionAttendees).CountAsync(cancellationToken);
    }

    public async Task<Attendee> GetAttendeeAsync(IResolverContext context) =>
        await context.DataLoader<AttendeeByIdDataLoader>().LoadAsync(AttendeeId) ?? throw new InvalidOperationException("Attendee not found.");

    public async Task<Session> GetSessionAsync(IResolverContext context) =>
        await context.DataLoader<SessionByIdDataLoader>().LoadAsync(SessionId) ?? throw new InvalidOperationException("Session not found.");
}
