using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.GraphQL.EntityFramework;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Meetings;

/// <summary>The sites each meeting visited (بازدید), in order.</summary>
public sealed class MeetingSiteVisitsDataLoader(IDbContextFactory<AppDbContext> contexts)
    : DbSetGroupedDataLoader<AppDbContext, SiteVisit, int>(contexts, v => v.MeetingId)
{
    protected override IQueryable<SiteVisit> Source(AppDbContext db) => db.SiteVisits.OrderBy(v => v.Position).ThenBy(v => v.Id);
}
