using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.GraphQL.EntityFramework;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Organizations;

/// <summary>Each organization's departments and offices.</summary>
public sealed class OrganizationChildrenDataLoader(IDbContextFactory<AppDbContext> contexts)
    : DbSetGroupedDataLoader<AppDbContext, Organization, int>(contexts, o => o.ParentId!.Value)
{
    protected override IQueryable<Organization> Source(AppDbContext db) => db.Organizations.Where(o => o.ParentId != null).OrderBy(o => o.Id);
}
