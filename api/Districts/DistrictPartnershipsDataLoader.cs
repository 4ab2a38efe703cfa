using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.GraphQL.EntityFramework;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Districts;

/// <summary>Each district's supporting partnerships, in the order they were recorded.</summary>
public sealed class DistrictPartnershipsDataLoader(IDbContextFactory<AppDbContext> contexts)
    : DbSetGroupedDataLoader<AppDbContext, Partnership, int>(contexts, p => p.DistrictId)
{
    protected override IQueryable<Partnership> Source(AppDbContext db) => db.Partnerships.OrderBy(p => p.Id);
}
