using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Hamahang.Api.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Districts;

/// <summary>Each district's inspections the caller may read, latest planned first.</summary>
public sealed class DistrictInspectionsDataLoader(IDbContextFactory<AppDbContext> contexts, Caller caller) : GroupedQueryDataLoader<int, Inspection>(contexts)
{
    protected override object Shape => caller.ReadScope;

    protected override IQueryable<Keyed<int, Inspection>> Query(AppDbContext db, List<int> keys)
    {
        var visible = ReadPolicy.Inspections(caller);
        return db.Inspections.Where(visible).Where(i => keys.Contains(i.DistrictId))
            .OrderByDescending(i => i.PlannedAt).ThenBy(i => i.Id).Select(i => new Keyed<int, Inspection>(i.DistrictId, i));
    }
}
