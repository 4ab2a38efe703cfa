using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.GraphQL.EntityFramework;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Inspections;

/// <summary>Every change to each finding, oldest first.</summary>
public sealed class FindingHistoryDataLoader(IDbContextFactory<AppDbContext> contexts)
    : DbSetGroupedDataLoader<AppDbContext, FindingHistoryEntry, int>(contexts, h => h.FindingId)
{
    protected override IQueryable<FindingHistoryEntry> Source(AppDbContext db) => db.FindingHistory.OrderBy(h => h.CreatedAt).ThenBy(h => h.Id);
}
