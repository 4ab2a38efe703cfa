using Hamahang.Api.GraphQL;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Domain;

/// <summary>A district a meeting concerns (a meeting may concern several).</summary>
public class MeetingDistrict : Entity
{
    [ID(nameof(Meeting))]
    public int MeetingId { get; set; }

    [Reference]
    public Meeting? Meeting { get; set; }

    [ID(nameof(District))]
    public int DistrictId { get; set; }

    [Reference]
    public District? District { get; set; }
}

/// <summary>An item of a meeting's agenda (دستور جلسه), in order.</summary>
public class AgendaItem : Entity
{
    [ID(nameof(Meeting))]
    public int MeetingId { get; set; }

    [Reference]
    public Meeting? Meeting { get; set; }

    public int Position { get; set; }

    [NormalizedSearch("TitleNormalized", typeof(PersianNormalizer))]
    public required string Title { get; set; }

    public string? Notes { get; set; }
}

/// <summary>
/// Who attended, as a person or as an organization (the documents often name only the post and
/// the organization), with the part they played.
/// </summary>
public class MeetingAttendee : Entity
{
    [ID(nameof(Meeting))]
    public int MeetingId { get; set; }

    [Reference]
    public Meeting? Meeting { get; set; }

    [ID(nameof(Person))]
    public int? PersonId { get; set; }

    [Reference]
    public Person? Person { get; set; }

    [ID(nameof(Organization))]
    public int? OrganizationId { get; set; }

    [Reference]
    public Organization? Organization { get; set; }

    // Null when the source does not say what part the attendee played.
    public AttendeeRole? Role { get; set; }

    // How the source describes the attendee, e.g. «معاون امور شهری منطقه ۲۰».
    public string? Description { get; set; }
}

public enum AttendeeRole
{
    Host,
    Chair,
    Speaker,
    Participant,
    Guest,
    Secretary,
}

/// <summary>A site visited at the end of a meeting (بازدید).</summary>
public class SiteVisit : Entity
{
    [ID(nameof(Meeting))]
    public int MeetingId { get; set; }

    [Reference]
    public Meeting? Meeting { get; set; }

    [ID(nameof(Site))]
    public int SiteId { get; set; }

    [Reference]
    public Site? Site { get; set; }

    public int Position { get; set; }

    public string? Notes { get; set; }

    [GraphQLIgnore]
    public List<SiteVisitPhoto> Photos { get; } = [];
}

/// <summary>A photo of a site visit, as its caption (the photo itself lives with the source's post).</summary>
public class SiteVisitPhoto : Entity
{
    [ID(nameof(SiteVisit))]
    public int SiteVisitId { get; set; }

    [Reference]
    public SiteVisit? SiteVisit { get; set; }

    public int Position { get; set; }

    public required string Caption { get; set; }
}

/// <summary>A free tag of a meeting (the hashtags of the source posts).</summary>
public class MeetingTag : Entity
{
    [ID(nameof(Meeting))]
    public int MeetingId { get; set; }

    [Reference]
    public Meeting? Meeting { get; set; }

    public required string Name { get; set; }
}
