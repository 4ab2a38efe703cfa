using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.Api.Text;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Meetings;

/// <summary>A meeting's parts, each list loaded for all meetings of a response by one query.</summary>
[ExtendObjectType(typeof(Meeting))]
public static class MeetingExtensions
{
    [Cost(0)]
    [GraphQLDescription("The start in the Solar Hijri calendar, Tehran time, as precise as the source: 1403/08/15 10:00, 1403/08/15, 1403/08 or 1403; null when the source gives no date.")]
    [ProjectionRequires(nameof(Meeting.StartsAt), nameof(Meeting.StartsAtPrecision))]
    public static string? GetStartsAtJalali([Parent] Meeting meeting) => PreciseDate.Format(meeting.StartsAt, meeting.StartsAtPrecision);

    [Cost(0)]
    [GraphQLDescription("The start as the sources print it, weekday included: «دوشنبه ۱۱ اردیبهشت ۱۴۰۲» (with «، ساعت ۱۰:۰۰» when the hour is known), «اردیبهشت ۱۴۰۲» or «۱۴۰۲»; null when the source gives no date.")]
    [ProjectionRequires(nameof(Meeting.StartsAt), nameof(Meeting.StartsAtPrecision))]
    public static string? GetStartsAtJalaliLong([Parent] Meeting meeting) => PreciseDate.ToLongString(meeting.StartsAt, meeting.StartsAtPrecision);

    [Cost(0)]
    [GraphQLDescription("The end in the Solar Hijri calendar, Tehran time.")]
    [ProjectionRequires(nameof(Meeting.EndsAt))]
    public static string? GetEndsAtJalali([Parent] Meeting meeting) => meeting.EndsAt is { } end ? Jalali.FormatWithTime(end) : null;

    [Cost(1)]
    [GraphQLDescription("The districts the meeting concerns (those the caller may read).")]
    public static Task<District[]> GetDistricts([Parent] Meeting meeting, IResolverContext context, Caller caller)
    {
        var visible = ReadPolicy.Through((MeetingDistrict md) => md.District!, ReadPolicy.Public<District>(caller));
        return context.Group<int, District>("Meeting.districts", (db, keys) =>
            db.MeetingDistricts.Where(visible).Where(md => keys.Contains(md.MeetingId)).OrderBy(md => md.District!.Number)
                .Select(md => new Keyed<int, District>(md.MeetingId, md.District!)))
            .LoadAsync(meeting.Id);
    }

    [Cost(1)]
    [GraphQLDescription("The agenda (دستور جلسه), in order.")]
    public static Task<AgendaItem[]> GetAgenda([Parent] Meeting meeting, IResolverContext context) =>
        context.Group<int, AgendaItem>("Meeting.agenda", (db, keys) =>
            db.AgendaItems.Where(a => keys.Contains(a.MeetingId)).OrderBy(a => a.Position).ThenBy(a => a.Id)
                .Select(a => new Keyed<int, AgendaItem>(a.MeetingId, a)))
            .LoadAsync(meeting.Id);

    [Cost(1)]
    [GraphQLDescription("Who attended, as people or organizations, with the part they played.")]
    public static Task<MeetingAttendee[]> GetAttendees([Parent] Meeting meeting, IResolverContext context) =>
        context.Group<int, MeetingAttendee>("Meeting.attendees", (db, keys) =>
            db.MeetingAttendees.Where(a => keys.Contains(a.MeetingId)).OrderBy(a => a.Id)
                .Select(a => new Keyed<int, MeetingAttendee>(a.MeetingId, a)))
            .LoadAsync(meeting.Id);

    [Cost(1)]
    [GraphQLDescription("The minutes' revisions the caller may read, oldest first.")]
    public static Task<Minutes[]> GetMinutes([Parent] Meeting meeting, IResolverContext context, Caller caller)
    {
        var visible = ReadPolicy.Minutes(caller);
        return context.Group<int, Minutes>("Meeting.minutes", (db, keys) =>
            db.Minutes.Where(visible).Where(m => keys.Contains(m.MeetingId)).OrderBy(m => m.Revision).ThenBy(m => m.Id)
                .Select(m => new Keyed<int, Minutes>(m.MeetingId, m)))
            .LoadAsync(meeting.Id);
    }

    [Cost(1)]
    [GraphQLDescription("Sites visited at the end of the meeting (بازدید), in order.")]
    public static Task<SiteVisit[]> GetSiteVisits([Parent] Meeting meeting, IResolverContext context) =>
        context.Group<int, SiteVisit>("Meeting.siteVisits", (db, keys) =>
            db.SiteVisits.Where(v => keys.Contains(v.MeetingId)).OrderBy(v => v.Position).ThenBy(v => v.Id)
                .Select(v => new Keyed<int, SiteVisit>(v.MeetingId, v)))
            .LoadAsync(meeting.Id);

    [Cost(1)]
    [GraphQLDescription("The meeting's tags.")]
    public static Task<MeetingTag[]> GetTags([Parent] Meeting meeting, IResolverContext context) =>
        context.Group<int, MeetingTag>("Meeting.tags", (db, keys) =>
            db.MeetingTags.Where(t => keys.Contains(t.MeetingId)).OrderBy(t => t.Id)
                .Select(t => new Keyed<int, MeetingTag>(t.MeetingId, t)))
            .LoadAsync(meeting.Id);

    [Cost(1)]
    [GraphQLDescription("Working groups formed by the meeting's decisions (the caller may read).")]
    public static Task<WorkingGroup[]> GetWorkingGroupsFormed([Parent] Meeting meeting, IResolverContext context, Caller caller)
    {
        var visible = ReadPolicy.WorkingGroups(caller);
        return context.Group<int, WorkingGroup>("Meeting.workingGroupsFormed", (db, keys) =>
            db.WorkingGroups.Where(visible).Where(g => g.FormedByDecision != null && keys.Contains(g.FormedByDecision.MeetingId)).OrderBy(g => g.Id)
                .Select(g => new Keyed<int, WorkingGroup>(g.FormedByDecision!.MeetingId, g)))
            .LoadAsync(meeting.Id);
    }
}
