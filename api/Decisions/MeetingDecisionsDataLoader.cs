using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.GraphQL.EntityFramework;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Decisions;

/// <summary>All of each meeting's decisions and other outcomes, in order (the minutes' Markdown lists them).</summary>
public sealed class MeetingDecisionsDataLoader(IDbContextFactory<AppDbContext> contexts)
    : DbSetGroupedDataLoader<AppDbContext, Decision, int>(contexts, d => d.MeetingId)
{
    protected override IQueryable<Decision> Source(AppDbContext db) => db.Decisions.OrderBy(d => d.Position).ThenBy(d => d.Id);
}
