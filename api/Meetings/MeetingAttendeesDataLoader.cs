using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Meetings;

/// <summary>
/// Each meeting's attendees, people or organizations, in the order they were recorded, with the person and the
/// organization each names read in the same command: an attendee is almost always shown by who it is, and joining
/// two rows by their key costs less than the second command <see cref="ReferenceAttribute"/> would send for them.
/// A caller whose read policy does not cover every person or organization still gets them loaded again under it.
/// The three rows are read side by side and joined here: EF Core's <c>Include</c> made two fix-up delegates per row.
/// </summary>
public sealed class MeetingAttendeesDataLoader(IDbContextFactory<AppDbContext> contexts) : GroupedQueryDataLoader<int, MeetingAttendee>(contexts)
{
    protected override IQueryable<Keyed<int, MeetingAttendee>> Query(AppDbContext db, List<int> keys) =>
        db.MeetingAttendees.Where(a => keys.Contains(a.MeetingId)).OrderBy(a => a.Id)
            .Select(a => new Keyed<int, MeetingAttendee>(a.MeetingId, Attended(a, a.Person, a.Organization)));

    /// <summary>The attendee with the person and organization it names (the query's rows, untracked, are its own).</summary>
    private static MeetingAttendee Attended(MeetingAttendee attendee, Person? person, Organization? organization)
    {
        attendee.Person = person;
        attendee.Organization = organization;
        return attendee;
    }
}
