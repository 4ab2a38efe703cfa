using Hamahang.Api.Decisions;
using Hamahang.Api.Domain;
using Hamahang.Api.Text;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Execution.DataLoaders;
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
    public static Task<MinutesSection[]> GetSections([Parent] Minutes minutes, MinutesSectionsDataLoader sections) => sections.LoadAsync(minutes.Id);

    [Cost(5)]
    [GraphQLDescription("The revision's Markdown document (markdown) as HTML, rendered by Markdig with raw HTML escaped and only http(s), mailto and " +
        "relative links kept: safe to show as it is.")]
    [ProjectionRequires(nameof(Minutes.MeetingId), nameof(Minutes.Revision), nameof(Minutes.AmendsId), nameof(Minutes.PublishedAt),
        nameof(Minutes.PublishedAtPrecision))]
    public static async Task<string> GetHtml([Parent] Minutes minutes, IResolverContext context) =>
        MarkdownHtml.Render(await GetMarkdown(minutes, context));

    [Cost(5)]
    [GraphQLDescription("The revision as a Markdown document: title, Solar Hijri and ISO 8601 date, venue, attendees, agenda, decisions, site visits and the " +
        "minutes' sections.")]
    [ProjectionRequires(nameof(Minutes.MeetingId), nameof(Minutes.Revision), nameof(Minutes.AmendsId), nameof(Minutes.PublishedAt),
        nameof(Minutes.PublishedAtPrecision))]
    public static async Task<string> GetMarkdown([Parent] Minutes minutes, IResolverContext context)
    {
        // The loaders Meeting.agenda and Minutes.sections use: a response asking for both reads those rows once.
        var meeting = context.DataLoader<MinutesMeetingDataLoader>().LoadAsync(minutes.MeetingId);
        var attendees = context.DataLoader<MeetingAttendeeLinesDataLoader>().LoadAsync(minutes.MeetingId);
        var agenda = context.DataLoader<MeetingAgendaDataLoader>().LoadAsync(minutes.MeetingId);
        var decisions = context.DataLoader<MeetingDecisionsDataLoader>().LoadAsync(minutes.MeetingId);
        var visits = context.DataLoader<MeetingVisitedSiteNamesDataLoader>().LoadAsync(minutes.MeetingId);
        var sections = context.DataLoader<MinutesSectionsDataLoader>().LoadAsync(minutes.Id);
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
