using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Meetings;

/// <summary>The names of the sites each meeting visited, in order, as the minutes' Markdown lists them.</summary>
public sealed class MeetingVisitedSiteNamesDataLoader(IDbContextFactory<AppDbContext> contexts) : GroupedQueryDataLoader<int, string>(contexts)
{
    protected override IQueryable<Keyed<int, string>> Query(AppDbContext db, List<int> keys) =>
        db.SiteVisits.Where(v => keys.Contains(v.MeetingId)).OrderBy(v => v.Position).ThenBy(v => v.Id)
            .Select(v => new Keyed<int, string>(v.MeetingId, v.Site!.Name));
}
