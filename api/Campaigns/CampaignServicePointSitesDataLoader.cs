using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Campaigns;

/// <summary>The places each campaign service point names.</summary>
public sealed class CampaignServicePointSitesDataLoader(IDbContextFactory<AppDbContext> contexts) : GroupedQueryDataLoader<int, Site>(contexts)
{
    protected override IQueryable<Keyed<int, Site>> Query(AppDbContext db, List<int> keys) =>
        db.CampaignServicePointSites.Where(s => keys.Contains(s.ServicePointId)).OrderBy(s => s.Id)
            .Select(s => new Keyed<int, Site>(s.ServicePointId, s.Site!));
}
