using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.GraphQL.EntityFramework;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Decisions;

/// <summary>Who answers for each decision: its owner organizations with their named people, in the order they were set.</summary>
public sealed class DecisionOwnershipsDataLoader(IDbContextFactory<AppDbContext> contexts)
    : DbSetGroupedDataLoader<AppDbContext, DecisionOwner, int>(contexts, o => o.DecisionId)
{
    protected override IQueryable<DecisionOwner> Source(AppDbContext db) => db.DecisionOwners.OrderBy(o => o.Id);
}
