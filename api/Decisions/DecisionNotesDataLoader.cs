using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.GraphQL.EntityFramework;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Decisions;

/// <summary>Each decision's progress log, oldest first.</summary>
public sealed class DecisionNotesDataLoader(IDbContextFactory<AppDbContext> contexts)
    : DbSetGroupedDataLoader<AppDbContext, DecisionNote, int>(contexts, n => n.DecisionId)
{
    protected override IQueryable<DecisionNote> Source(AppDbContext db) => db.DecisionNotes.OrderBy(n => n.NotedOn).ThenBy(n => n.Id);
}
