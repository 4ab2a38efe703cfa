using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Meetings;

/// <summary>Each meeting's attendees as the minutes' Markdown lists them: the person and their part, or the organization.</summary>
public sealed class MeetingAttendeeLinesDataLoader(IDbContextFactory<AppDbContext> contexts) : GroupedQueryDataLoader<int, string>(contexts)
{
    protected override IQueryable<Keyed<int, string>> Query(AppDbContext db, List<int> keys) =>
        db.MeetingAttendees.Where(a => keys.Contains(a.MeetingId)).OrderBy(a => a.Id)
            .Select(a => new Keyed<int, string>(a.MeetingId,
                a.Person != null ? a.Person.FullName + (a.Description != null ? "، " + a.Description : "")
                : a.Description ?? (a.Organization != null ? a.Organization.Name : "")));
}
