using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.GraphQL.EntityFramework;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Meetings;

/// <summary>Each meeting's agenda (دستور جلسه), in order: Meeting.agenda and the minutes' Markdown share its batch.</summary>
public sealed class MeetingAgendaDataLoader(IDbContextFactory<AppDbContext> contexts)
    : DbSetGroupedDataLoader<AppDbContext, AgendaItem, int>(contexts, a => a.MeetingId)
{
    protected override IQueryable<AgendaItem> Source(AppDbContext db) => db.AgendaItems.OrderBy(a => a.Position).ThenBy(a => a.Id);
}
