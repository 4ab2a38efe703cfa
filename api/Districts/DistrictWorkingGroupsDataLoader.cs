using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Hamahang.Api.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Districts;

/// <summary>Each district's working groups the caller may read.</summary>
public sealed class DistrictWorkingGroupsDataLoader(IDbContextFactory<AppDbContext> contexts, Caller caller)
    : GroupedQueryDataLoader<int, WorkingGroup>(contexts)
{
    protected override object Shape => caller.ReadScope;

    protected override IQueryable<Keyed<int, WorkingGroup>> Query(AppDbContext db, List<int> keys)
    {
        var visible = ReadPolicy.WorkingGroups(caller);
        return db.WorkingGroups.Where(visible).Where(g => g.DistrictId != null && keys.Contains(g.DistrictId.Value))
            .OrderBy(g => g.Id).Select(g => new Keyed<int, WorkingGroup>(g.DistrictId!.Value, g));
    }
}
