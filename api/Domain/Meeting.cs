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

    public DateTime StartsAt { get; set; }

    public DateTime? EndsAt { get; set; }

    public string? Venue { get; set; }

    public int? HostOrganizationId { get; set; }

    [Reference]
    public Organization? HostOrganization { get; set; }

    // Set when this is a meeting of a working group.
    public int? WorkingGroupId { get; set; }

    [Reference]
    public WorkingGroup? WorkingGroup { get; set; }

    public string? SourceUrl { get; set; }

    [GraphQLIgnore]
    public List<MeetingDistrict> Districts { get; } = [];

    [GraphQLIgnore]
    public List<AgendaItem> AgendaItems { get; } = [];

    [GraphQLIgnore]
    public List<MeetingAttendee> Attendees { get; } = [];

    [GraphQLIgnore]
    public List<Decision> Decisions { get; } = [];

    [GraphQLIgnore]
    public List<SiteVisit> SiteVisits { get; } = [];

    [GraphQLIgnore]
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
