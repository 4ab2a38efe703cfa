using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.GraphQL.EntityFramework;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.WorkingGroups;

/// <summary>Each working group's members.</summary>
public sealed class WorkingGroupMembersDataLoader(IDbContextFactory<AppDbContext> contexts)
    : DbSetGroupedDataLoader<AppDbContext, WorkingGroupMember, int>(contexts, m => m.WorkingGroupId)
{
    protected override IQueryable<WorkingGroupMember> Source(AppDbContext db) => db.WorkingGroupMembers.OrderBy(m => m.Id);
}
