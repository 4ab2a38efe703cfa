using Hamahang.Api.GraphQL;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Domain;

/// <summary>
/// A city campaign (پویش) such as the vaccination campaign «تهران دوباره جان می‌گیرد»: who runs it, where its
/// facts come from, and its phases, each with its dates at the precision the source gives and its service points.
/// </summary>
public class Campaign : Entity
{
    [NormalizedSearch("NameNormalized", typeof(PersianNormalizer))]
    public required string Name { get; set; }

    public string? NameEn { get; set; }

    public string? Description { get; set; }

    // Who runs the campaign (Tehran Municipality); null when the source does not say.
    [ID(nameof(Organization))]
    public int? OrganizationId { get; set; }

    [Reference]
    public Organization? Organization { get; set; }

    [ID(nameof(Source))]
    public int? SourceId { get; set; }

    [Reference]
    public Source? Source { get; set; }

    [GraphQLIgnore]
    public List<CampaignPhase> Phases { get; } = [];
}

/// <summary>
/// A phase (مرحله، گام) of a campaign. Its dates follow the meetings' model: the first moment of the period the
/// precision names, null when the source gives no date. The ceremony that launched it, when there was one.
/// </summary>
public class CampaignPhase : Entity
{
    [ID(nameof(Campaign))]
    public int CampaignId { get; set; }

    [Reference]
    public Campaign? Campaign { get; set; }

    // 1 for the first phase, 2 for the second, as the source counts them.
    public int Number { get; set; }

    public string? Description { get; set; }

    public DateTime? StartsAt { get; set; }

    public DatePrecision StartsAtPrecision { get; set; }

    public DateTime? EndsAt { get; set; }

    public DatePrecision EndsAtPrecision { get; set; }

    [ID(nameof(Meeting))]
    public int? LaunchMeetingId { get; set; }

    [Reference]
    public Meeting? LaunchMeeting { get; set; }

    [GraphQLIgnore]
    public List<CampaignServicePoint> ServicePoints { get; } = [];
}

/// <summary>
/// The service points of one kind in a phase («۲۲ ایستگاه منتخب مترو»): how many (null when the source gives no
/// count) and, where the source names them, the places.
/// </summary>
public class CampaignServicePoint : Entity
{
    [ID(nameof(CampaignPhase))]
    public int PhaseId { get; set; }

    [Reference]
    public CampaignPhase? Phase { get; set; }

    public ServicePointKind Kind { get; set; }

    public int? Count { get; set; }

    public string? Notes { get; set; }

    [GraphQLIgnore]
    public List<CampaignServicePointSite> Sites { get; } = [];
}

/// <summary>A named place among a phase's service points of one kind.</summary>
public class CampaignServicePointSite : Entity
{
    [ID(nameof(CampaignServicePoint))]
    public int ServicePointId { get; set; }

    [Reference]
    public CampaignServicePoint? ServicePoint { get; set; }

    [ID(nameof(Site))]
    public int SiteId { get; set; }

    [Reference]
    public Site? Site { get; set; }
}

/// <summary>The kinds of service point the vaccination source names.</summary>
public enum ServicePointKind
{
    // «ایستگاه منتخب مترو»
    MetroStation,

    // «اتوبوس سیار در میادین منتخب»
    MobileBus,

    // «فضای مسجد»
    Mosque,

    // «مرکز» (the first phase's 28 centres)
    VaccinationCentre,

    // «از طریق ۱۳۷»: a telephone line, not a place
    Hotline,

    Other,
}
