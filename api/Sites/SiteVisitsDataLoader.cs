using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Hamahang.Api.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Sites;

/// <summary>The visits to each site after meetings the caller may read.</summary>
public sealed class SiteVisitsDataLoader(IDbContextFactory<AppDbContext> contexts, Caller caller) : GroupedQueryDataLoader<int, SiteVisit>(contexts)
{
    protected override object Shape => caller.ReadScope;

    protected override IQueryable<Keyed<int, SiteVisit>> Query(AppDbContext db, List<int> keys)
    {
        var visible = ReadPolicy.Of<SiteVisit>(caller);
        return db.SiteVisits.Where(visible).Where(v => keys.Contains(v.SiteId)).OrderBy(v => v.Id).Select(v => new Keyed<int, SiteVisit>(v.SiteId, v));

    }
}
