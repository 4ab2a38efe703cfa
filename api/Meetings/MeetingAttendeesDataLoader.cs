using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.GraphQL.EntityFramework;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Meetings;

/// <summary>Each meeting's attendees, people or organizations, in the order they were recorded.</summary>
public sealed class MeetingAttendeesDataLoader(IDbContextFactory<AppDbContext> contexts)
    : DbSetGroupedDataLoader<AppDbContext, MeetingAttendee, int>(contexts, a => a.MeetingId)
{
    protected override IQueryable<MeetingAttendee> Source(AppDbContext db) => db.MeetingAttendees.OrderBy(a => a.Id);
}
