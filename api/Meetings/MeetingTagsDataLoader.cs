using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.GraphQL.EntityFramework;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Meetings;

/// <summary>Each meeting's tags.</summary>
public sealed class MeetingTagsDataLoader(IDbContextFactory<AppDbContext> contexts)
    : DbSetGroupedDataLoader<AppDbContext, MeetingTag, int>(contexts, t => t.MeetingId)
{
    protected override IQueryable<MeetingTag> Source(AppDbContext db) => db.MeetingTags.OrderBy(t => t.Id);
}
