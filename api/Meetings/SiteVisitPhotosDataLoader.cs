using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.GraphQL.EntityFramework;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Meetings;

/// <summary>The photos of each site visit, in order.</summary>
public sealed class SiteVisitPhotosDataLoader(IDbContextFactory<AppDbContext> contexts)
    : DbSetGroupedDataLoader<AppDbContext, SiteVisitPhoto, int>(contexts, p => p.SiteVisitId)
{
    protected override IQueryable<SiteVisitPhoto> Source(AppDbContext db) => db.SiteVisitPhotos.OrderBy(p => p.Position).ThenBy(p => p.Id);
}
