using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Organizations;

/// <summary>The organizations that serve each district besides its municipality (not archived).</summary>
public sealed class DistrictServedByDataLoader(IDbContextFactory<AppDbContext> contexts) : GroupedQueryDataLoader<int, Organization>(contexts)
{
    protected override IQueryable<Keyed<int, Organization>> Query(AppDbContext db, List<int> keys) =>
        db.OrganizationServiceAreas.Where(a => keys.Contains(a.DistrictId) && a.Organization!.ArchivedAt == null).OrderBy(a => a.OrganizationId)
            .Select(a => new Keyed<int, Organization>(a.DistrictId, a.Organization!));
}
