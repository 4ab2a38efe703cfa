using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Hamahang.Api.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Meetings;

/// <summary>The districts each meeting concerns that the caller may read, by number.</summary>
public sealed class MeetingDistrictsDataLoader(IDbContextFactory<AppDbContext> contexts, Caller caller) : GroupedQueryDataLoader<int, District>(contexts)
{
    protected override object Shape => caller.ReadScope;

    protected override IQueryable<Keyed<int, District>> Query(AppDbContext db, List<int> keys)
    {
        var visible = ReadPolicy.Through((MeetingDistrict md) => md.District!, ReadPolicy.Public<District>(caller));
        return db.MeetingDistricts.Where(visible).Where(md => keys.Contains(md.MeetingId)).OrderBy(md => md.District!.Number)
            .Select(md => new Keyed<int, District>(md.MeetingId, md.District!));
    }
}
