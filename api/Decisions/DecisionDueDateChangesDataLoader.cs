using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.GraphQL.EntityFramework;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Decisions;

/// <summary>Every change of each decision's due date, oldest first.</summary>
public sealed class DecisionDueDateChangesDataLoader(IDbContextFactory<AppDbContext> contexts)
    : DbSetGroupedDataLoader<AppDbContext, DecisionDueDateChange, int>(contexts, c => c.DecisionId)
{
    protected override IQueryable<DecisionDueDateChange> Source(AppDbContext db) => db.DecisionDueDateChanges.OrderBy(c => c.Id);
}
