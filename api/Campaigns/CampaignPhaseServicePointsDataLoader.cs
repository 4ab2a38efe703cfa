using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.GraphQL.EntityFramework;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Campaigns;

/// <summary>Each campaign phase's service points.</summary>
public sealed class CampaignPhaseServicePointsDataLoader(IDbContextFactory<AppDbContext> contexts)
    : DbSetGroupedDataLoader<AppDbContext, CampaignServicePoint, int>(contexts, s => s.PhaseId)
{
    protected override IQueryable<CampaignServicePoint> Source(AppDbContext db) => db.CampaignServicePoints.OrderBy(s => s.Id);
}
