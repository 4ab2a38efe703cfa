using Hamahang.Api.Archiving;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Sites;

[QueryType]
public static class SiteQueries
{
    [GraphQLDescription("Crisis capacities of the districts: support bases, emergency shelter sites, hospitals.")]
    [Authorize(ApiKeyRole.Admin, ApiKeyRole.Editor, ApiKeyRole.Inspector, ApiKeyRole.Partner)]
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static IQueryable<Site> GetSites(AppDbContext db, [GraphQLDescription(Archive.ArgumentDescription)] bool includeArchived = false) =>
        db.Sites.AsNoTracking().Where(s => includeArchived || s.ArchivedAt == null);
}

[ExtendObjectType(typeof(Site))]
public static class SiteExtensions
{
    [Cost(1)]
    [GraphQLDescription("Visits to the site after meetings the caller may read.")]
    public static Task<SiteVisit[]> GetVisits([Parent] Site site, SiteVisitsDataLoader visits) => visits.LoadAsync(site.Id);
}
