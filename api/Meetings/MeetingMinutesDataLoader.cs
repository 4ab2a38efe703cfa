using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Hamahang.Api.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Meetings;

/// <summary>The revisions of each meeting's minutes the caller may read, oldest first.</summary>
public sealed class MeetingMinutesDataLoader(IDbContextFactory<AppDbContext> contexts, Caller caller) : GroupedQueryDataLoader<int, Minutes>(contexts)
{
    protected override object Shape => caller.ReadScope;

    protected override IQueryable<Keyed<int, Minutes>> Query(AppDbContext db, List<int> keys)
    {
        var visible = ReadPolicy.Minutes(caller);
        return db.Minutes.Where(visible).Where(m => keys.Contains(m.MeetingId)).OrderBy(m => m.Revision).ThenBy(m => m.Id)
            .Select(m => new Keyed<int, Minutes>(m.MeetingId, m));
    }
}
