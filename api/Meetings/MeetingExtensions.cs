using Hamahang.Api.Domain;
using Hamahang.Api.Text;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Meetings;

/// <summary>A meeting's parts, each list loaded for all meetings of a response by one query.</summary>
[ExtendObjectType(typeof(Meeting))]
public static class MeetingExtensions
{
    [Cost(0)]
    [GraphQLDescription("The start in the Solar Hijri calendar, Tehran time, as precise as the source: 1403/08/15 10:00, 1403/08/15, 1403/08 or 1403; null " +
        "when the source gives no date.")]
    [ProjectionRequires(nameof(Meeting.StartsAt), nameof(Meeting.StartsAtPrecision))]
    public static string? GetStartsAtJalali([Parent] Meeting meeting) => PreciseDate.Format(meeting.StartsAt, meeting.StartsAtPrecision);

    [Cost(0)]
    [GraphQLDescription("The start as the sources print it, weekday included: «دوشنبه ۱۱ اردیبهشت ۱۴۰۲» (with «، ساعت ۱۰:۰۰» when the hour is known), " +
        "«اردیبهشت ۱۴۰۲» or «۱۴۰۲»; null when the source gives no date.")]
    [ProjectionRequires(nameof(Meeting.StartsAt), nameof(Meeting.StartsAtPrecision))]
    public static string? GetStartsAtJalaliLong([Parent] Meeting meeting) => PreciseDate.ToLongString(meeting.StartsAt, meeting.StartsAtPrecision);

    [Cost(0)]
    [GraphQLDescription("The end in the Solar Hijri calendar, Tehran time.")]
    [ProjectionRequires(nameof(Meeting.EndsAt))]
    public static string? GetEndsAtJalali([Parent] Meeting meeting) => meeting.EndsAt is { } end ? Jalali.FormatWithTime(end) : null;

    [Cost(1)]
    [GraphQLDescription("The districts the meeting concerns (those the caller may read).")]
    public static Task<District[]> GetDistricts([Parent] Meeting meeting, MeetingDistrictsDataLoader districts, IResolverContext context) =>
        districts.Projected(context).LoadAsync(meeting.Id);

    [Cost(1)]
    [GraphQLDescription("The agenda (دستور جلسه), in order.")]
    public static Task<AgendaItem[]> GetAgenda([Parent] Meeting meeting, MeetingAgendaDataLoader agenda) => agenda.LoadAsync(meeting.Id);

    [Cost(1)]
    [GraphQLDescription("Who attended, as people or organizations, with the part they played.")]
    public static Task<MeetingAttendee[]> GetAttendees([Parent] Meeting meeting, MeetingAttendeesDataLoader attendees, IResolverContext context) =>
        attendees.Projected(context).LoadAsync(meeting.Id);

    [Cost(1)]
    [GraphQLDescription("The minutes' revisions the caller may read, oldest first.")]
    public static Task<Minutes[]> GetMinutes([Parent] Meeting meeting, MeetingMinutesDataLoader minutes) => minutes.LoadAsync(meeting.Id);

    [Cost(1)]
    [GraphQLDescription("Sites visited at the end of the meeting (بازدید), in order.")]
    public static Task<SiteVisit[]> GetSiteVisits([Parent] Meeting meeting, MeetingSiteVisitsDataLoader visits) => visits.LoadAsync(meeting.Id);

    [Cost(1)]
    [GraphQLDescription("The meeting's tags.")]
    public static Task<MeetingTag[]> GetTags([Parent] Meeting meeting, MeetingTagsDataLoader tags) => tags.LoadAsync(meeting.Id);

    [Cost(1)]
    [GraphQLDescription("Working groups formed by the meeting's decisions (the caller may read).")]
    public static Task<WorkingGroup[]> GetWorkingGroupsFormed([Parent] Meeting meeting, MeetingWorkingGroupsFormedDataLoader groups) =>
        groups.LoadAsync(meeting.Id);
}
