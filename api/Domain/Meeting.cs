using Hamahang.Api.GraphQL;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Domain;

/// <summary>A meeting, session or ceremony, with what was discussed, who came and what was resolved.</summary>
public class Meeting : Entity
{
    public MeetingKind Kind { get; set; }

    public MeetingStatus Status { get; set; }

    [NormalizedSearch("TitleNormalized", typeof(PersianNormalizer))]
    public required string Title { get; set; }

    public string? TitleEn { get; set; }

    [NormalizedSearch("SummaryNormalized", typeof(PersianNormalizer))]
    public string? Summary { get; set; }

    // The start of the period StartsAtPrecision names (the instant, or Tehran's first moment of the
    // day, month or year); null when the source gives no date at all.
    public DateTime? StartsAt { get; set; }

    public DatePrecision StartsAtPrecision { get; set; }

    // The source gives no date of its own; StartsAt is the day it was published.
    public bool StartsAtFromPublication { get; set; }

    public DateTime? EndsAt { get; set; }

    public string? Venue { get; set; }

    [ID(nameof(Organization))]
    public int? HostOrganizationId { get; set; }

    [Reference]
    public Organization? HostOrganization { get; set; }

    // Set when this is a meeting of a working group.
    [ID(nameof(WorkingGroup))]
    public int? WorkingGroupId { get; set; }

    [Reference]
    public WorkingGroup? WorkingGroup { get; set; }

    [ID(nameof(Source))]
    public int? SourceId { get; set; }

    [Reference]
    public Source? Source { get; set; }

    [GraphQLIgnore]
    public List<MeetingDistrict> Districts { get; } = [];

    [GraphQLIgnore]
    public List<AgendaItem> AgendaItems { get; } = [];

    [GraphQLIgnore]
    [Filterable]
    public List<MeetingAttendee> Attendees { get; } = [];

    [GraphQLIgnore]
    [Filterable]
    public List<Decision> Decisions { get; } = [];

    [GraphQLIgnore]
    public List<SiteVisit> SiteVisits { get; } = [];

    // Filterable for the minutes awaiting approval (minutes: { some: { status: { eq: DRAFT } } }); the filter crosses only
    // the revisions the caller may read, so a partner cannot find a meeting by a draft it may not see.
    [GraphQLIgnore]
    [Filterable]
    public List<Minutes> Minutes { get; } = [];

    [GraphQLIgnore]
    public List<MeetingTag> Tags { get; } = [];
}

public enum MeetingKind
{
    Coordination,
    Consultation,
    Supervision,
    Ceremony,
    Other,
}

public enum MeetingStatus
{
    Planned,
    Held,
    Cancelled,
}
