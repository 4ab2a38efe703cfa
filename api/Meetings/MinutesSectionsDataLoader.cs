using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.GraphQL.EntityFramework;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Meetings;

/// <summary>The body of each revision of minutes, in order: Minutes.sections and the Markdown share its batch.</summary>
public sealed class MinutesSectionsDataLoader(IDbContextFactory<AppDbContext> contexts)
    : DbSetGroupedDataLoader<AppDbContext, MinutesSection, int>(contexts, s => s.MinutesId)
{
    protected override IQueryable<MinutesSection> Source(AppDbContext db) => db.MinutesSections.OrderBy(s => s.Position).ThenBy(s => s.Id);
}
