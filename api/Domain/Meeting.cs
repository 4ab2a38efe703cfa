namespace Hamahang.Api.Domain;

/// <summary>A meeting, session or ceremony, with what was discussed, who came and what was resolved.</summary>
public class Meeting : Entity
{
    public MeetingKind Kind { get; set; }

    public MeetingStatus Status { get; set; }

    public required string Title { get; set; }

    public string? TitleEn { get; set; }

    public string? Summary { get; set; }

    public DateTime StartsAt { get; set; }

    public DateTime? EndsAt { get; set; }

    public string? Venue { get; set; }

    public int? HostOrganizationId { get; set; }

    public Organization? HostOrganization { get; set; }

    // Set when this is a meeting of a working group.
    public int? WorkingGroupId { get; set; }

    public WorkingGroup? WorkingGroup { get; set; }

    public string? SourceUrl { get; set; }

    public List<MeetingDistrict> Districts { get; } = [];

    public List<AgendaItem> AgendaItems { get; } = [];

    public List<MeetingAttendee> Attendees { get; } = [];

    public List<Decision> Decisions { get; } = [];

    public List<SiteVisit> SiteVisits { get; } = [];

    public List<Minutes> Minutes { get; } = [];

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
