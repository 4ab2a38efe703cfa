using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Hamahang.GraphQL.EntityFramework;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Meetings;

/// <summary>
/// Each meeting's attendees, people or organizations, in the order they were recorded, with the person and the
/// organization each names read in the same command: an attendee is almost always shown by who it is, and joining
/// two rows by their key costs less than the second command <see cref="ReferenceAttribute"/> would send for them.
/// A caller whose read policy does not cover every person or organization still gets them loaded again under it.
/// </summary>
public sealed class MeetingAttendeesDataLoader(IDbContextFactory<AppDbContext> contexts)
    : DbSetGroupedDataLoader<AppDbContext, MeetingAttendee, int>(contexts, a => a.MeetingId)
{
    protected override IQueryable<MeetingAttendee> Source(AppDbContext db) =>
        db.MeetingAttendees.Include(a => a.Person).Include(a => a.Organization).OrderBy(a => a.Id);
}
