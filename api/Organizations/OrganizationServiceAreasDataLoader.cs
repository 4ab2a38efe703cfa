using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Organizations;

/// <summary>The districts each organization serves, by number.</summary>
public sealed class OrganizationServiceAreasDataLoader(IDbContextFactory<AppDbContext> contexts) : GroupedQueryDataLoader<int, District>(contexts)
{
    protected override IQueryable<Keyed<int, District>> Query(AppDbContext db, List<int> keys) =>
        db.OrganizationServiceAreas.Where(a => keys.Contains(a.OrganizationId)).OrderBy(a => a.District!.Number)
            .Select(a => new Keyed<int, District>(a.OrganizationId, a.District!));
}
