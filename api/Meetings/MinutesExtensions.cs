using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Hamahang.Api.Text;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Meetings;

[ExtendObjectType(typeof(Minutes))]
public static class MinutesExtensions
{
    [Cost(0)]
    [GraphQLDescription("When the revision was published, in the Solar Hijri calendar, Tehran time, as precisely as it is known "
        + "(1403/08/16 09:30, 1403/08/16, 1403/08 or 1403).")]
    [ProjectionRequires(nameof(Minutes.PublishedAt), nameof(Minutes.PublishedAtPrecision))]
    public static string? GetPublishedAtJalali([Parent] Minutes minutes) => PreciseDate.Format(minutes.PublishedAt, minutes.PublishedAtPrecision);

    [Cost(1)]
    [GraphQLDescription("The body of the minutes, in order.")]
    public static Task<MinutesSection[]> GetSections([Parent] Minutes minutes, IResolverContext context) =>
        context.Group<int, MinutesSection>("Minutes.sections", (db, keys) =>
            db.MinutesSections.Where(s => keys.Contains(s.MinutesId)).OrderBy(s => s.Position).ThenBy(s => s.Id)
                .Select(s => new Keyed<int, MinutesSection>(s.MinutesId, s)))
            .LoadAsync(minutes.Id);

    [Cost(5)]
    [GraphQLDescription("The revision's Markdown document (markdown) as HTML, rendered by Markdig with raw HTML escaped and only http(s), mailto and relative links kept: safe to show as it is.")]
    [ProjectionRequires(nameof(Minutes.MeetingId), nameof(Minutes.Revision), nameof(Minutes.AmendsId), nameof(Minutes.PublishedAt), nameof(Minutes.PublishedAtPrecision))]
    public static async Task<string> GetHtml([Parent] Minutes minutes, IResolverContext context) =>
        MarkdownHtml.Render(await GetMarkdown(minutes, context));

    [Cost(5)]
    [GraphQLDescription("The revision as a Markdown document: title, Solar Hijri and ISO 8601 date, venue, attendees, agenda, decisions, site visits and the minutes' sections.")]
    [ProjectionRequires(nameof(Minutes.MeetingId), nameof(Minutes.Revision), nameof(Minutes.AmendsId), nameof(Minutes.PublishedAt), nameof(Minutes.PublishedAtPrecision))]
    public static async Task<string> GetMarkdown([Parent] Minutes minutes, IResolverContext context)
    {
        var meeting = context.ByKey<int, Meeting>("Markdown.meeting", (db, keys) =>
            db.Meetings.Where(m => keys.Contains(m.Id)).Select(m => new Keyed<int, Meeting>(m.Id, m))).LoadAsync(minutes.MeetingId);
        var attendees = context.Group<int, string>("Markdown.attendees", (db, keys) =>
            db.MeetingAttendees.Where(a => keys.Contains(a.MeetingId)).OrderBy(a => a.Id)
                .Select(a => new Keyed<int, string>(a.MeetingId,
                    a.Person != null ? a.Person.FullName + (a.Description != null ? "، " + a.Description : "")
                    : a.Description ?? (a.Organization != null ? a.Organization.Name : ""))))
            .LoadAsync(minutes.MeetingId);
        var agenda = context.Group<int, AgendaItem>("Meeting.agenda", (db, keys) =>
            db.AgendaItems.Where(a => keys.Contains(a.MeetingId)).OrderBy(a => a.Position).ThenBy(a => a.Id)
                .Select(a => new Keyed<int, AgendaItem>(a.MeetingId, a)))
            .LoadAsync(minutes.MeetingId);
        var decisions = context.Group<int, Decision>("Meeting.decisions", (db, keys) =>
            db.Decisions.Where(d => keys.Contains(d.MeetingId)).OrderBy(d => d.Position).ThenBy(d => d.Id)
                .Select(d => new Keyed<int, Decision>(d.MeetingId, d)))
            .LoadAsync(minutes.MeetingId);
        var visits = context.Group<int, string>("Markdown.siteVisits", (db, keys) =>
            db.SiteVisits.Where(v => keys.Contains(v.MeetingId)).OrderBy(v => v.Position).ThenBy(v => v.Id)
                .Select(v => new Keyed<int, string>(v.MeetingId, v.Site!.Name)))
            .LoadAsync(minutes.MeetingId);
        var sections = GetSections(minutes, context);
        return MinutesMarkdown.Render(new(
            minutes,
            await meeting ?? throw new InvalidOperationException($"Minutes {minutes.Id} have no meeting."),
            await attendees,
            await agenda,
            await decisions,
            await visits,
            await sections));
    }
}
