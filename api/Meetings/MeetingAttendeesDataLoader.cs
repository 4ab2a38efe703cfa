using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Meetings;

/// <summary>
/// Each meeting's attendees, people or organizations, in the order they were recorded. The attendees field asks for its
/// projected branch (<see cref="GroupedQueryDataLoader{TKey, TValue}.Projected"/>), which reads the person and organization
/// an attendee names in the same command, as far as the selection goes; whole rows come with both included. A caller whose
/// read policy does not cover every person or organization still gets them loaded again under it (<see cref="ReferenceAttribute"/>).
/// </summary>
public sealed class MeetingAttendeesDataLoader(IDbContextFactory<AppDbContext> contexts) : GroupedQueryDataLoader<int, MeetingAttendee>(contexts)
{
    protected override IQueryable<Keyed<int, MeetingAttendee>> Query(AppDbContext db, List<int> keys) =>
        db.MeetingAttendees.Include(a => a.Person).Include(a => a.Organization).Where(a => keys.Contains(a.MeetingId)).OrderBy(a => a.Id)
            .Select(a => new Keyed<int, MeetingAttendee>(a.MeetingId, a));
}
