using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Hamahang.Api.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.WorkingGroups;

/// <summary>Each working group's own meetings the caller may read, earliest first.</summary>
public sealed class WorkingGroupMeetingsDataLoader(IDbContextFactory<AppDbContext> contexts, Caller caller) : GroupedQueryDataLoader<int, Meeting>(contexts)
{
    protected override object Shape => caller.ReadScope;

    protected override IQueryable<Keyed<int, Meeting>> Query(AppDbContext db, List<int> keys)
    {
        var visible = ReadPolicy.Meetings(caller);
        return db.Meetings.Where(visible).Where(m => m.WorkingGroupId != null && keys.Contains(m.WorkingGroupId.Value))
            .OrderBy(m => m.StartsAt).ThenBy(m => m.Id).Select(m => new Keyed<int, Meeting>(m.WorkingGroupId!.Value, m));
    }
}
