using Hamahang.Api.Domain;
using Hamahang.Api.Text;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Campaigns;

[ExtendObjectType(typeof(Campaign))]
public static class CampaignExtensions
{
    [Cost(1)]
    [GraphQLDescription("The campaign's phases in order; number picks one («مرحله دوم»: 2).")]
    public static Task<CampaignPhase[]> GetPhases([Parent] Campaign campaign, CampaignPhasesDataLoader phases, int? number = null) =>
        phases.Numbered(number).LoadAsync(campaign.Id);
}

[ExtendObjectType(typeof(CampaignPhase))]
public static class CampaignPhaseExtensions
{
    [Cost(0)]
    [GraphQLDescription("The start in the Solar Hijri calendar at the source's precision (1400/07/22, 1400/07 or 1400); null when the source gives none.")]
    [ProjectionRequires(nameof(CampaignPhase.StartsAt), nameof(CampaignPhase.StartsAtPrecision))]
    public static string? GetStartsAtJalali([Parent] CampaignPhase phase) => PreciseDate.Format(phase.StartsAt, phase.StartsAtPrecision);

    [Cost(0)]
    [GraphQLDescription("The start as the sources print it, with the weekday: «پنج‌شنبه ۲۲ مهر ۱۴۰۰».")]
    [ProjectionRequires(nameof(CampaignPhase.StartsAt), nameof(CampaignPhase.StartsAtPrecision))]
    public static string? GetStartsAtJalaliLong([Parent] CampaignPhase phase) => PreciseDate.ToLongString(phase.StartsAt, phase.StartsAtPrecision);

    [Cost(0)]
    [GraphQLDescription("The end in the Solar Hijri calendar at the source's precision; null when the source gives none.")]
    [ProjectionRequires(nameof(CampaignPhase.EndsAt), nameof(CampaignPhase.EndsAtPrecision))]
    public static string? GetEndsAtJalali([Parent] CampaignPhase phase) => PreciseDate.Format(phase.EndsAt, phase.EndsAtPrecision);

    [Cost(1)]
    [GraphQLDescription("The phase's service points, one entry per kind, with their counts (null when the source gives none).")]
    public static Task<CampaignServicePoint[]> GetServicePoints([Parent] CampaignPhase phase, CampaignPhaseServicePointsDataLoader points) =>
        points.LoadAsync(phase.Id);
}

[ExtendObjectType(typeof(CampaignServicePoint))]
public static class CampaignServicePointExtensions
{
    [Cost(1)]
    [GraphQLDescription("The places among these service points that the source names; empty when it names none.")]
    public static Task<Site[]> GetSites([Parent] CampaignServicePoint point, CampaignServicePointSitesDataLoader sites) => sites.LoadAsync(point.Id);
}

/// <summary>From a meeting to the campaign phases it launched (the other way: CampaignPhase.launchMeeting).</summary>
[ExtendObjectType(typeof(Meeting))]
public static class MeetingCampaignExtensions
{
    [Cost(1)]
    [GraphQLDescription("The campaign phases this meeting launched (a ceremony opening a phase), each with its campaign.")]
    public static Task<CampaignPhase[]> GetLaunchedCampaignPhases([Parent] Meeting meeting, MeetingLaunchedCampaignPhasesDataLoader phases) =>
        phases.LoadAsync(meeting.Id);
}
