using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.GraphQL.EntityFramework;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Organizations;

/// <summary>What each organization can bring in a crisis, one entry per kind.</summary>
public sealed class OrganizationCapacitiesDataLoader(IDbContextFactory<AppDbContext> contexts)
    : DbSetGroupedDataLoader<AppDbContext, OrganizationCapacity, int>(contexts, c => c.OrganizationId)
{
    protected override IQueryable<OrganizationCapacity> Source(AppDbContext db) => db.OrganizationCapacities.OrderBy(c => c.Id);
}
