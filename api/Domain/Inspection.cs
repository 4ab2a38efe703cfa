using Hamahang.Api.GraphQL;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Domain;

/// <summary>
/// An inspection of an organization or a site (نظارت), by an inspecting organization such as the
/// municipality's Inspection Organization or its People's Observers Network.
/// </summary>
public class Inspection : Entity
{
    public InspectionKind Kind { get; set; }

    [NormalizedSearch("TitleNormalized", typeof(PersianNormalizer))]
    public required string Title { get; set; }

    [ID(nameof(District))]
    public int DistrictId { get; set; }

    [Reference]
    public District? District { get; set; }

    [ID(nameof(Organization))]
    public int? InspectedOrganizationId { get; set; }

    [Reference]
    public Organization? InspectedOrganization { get; set; }

    [ID(nameof(Site))]
    public int? InspectedSiteId { get; set; }

    [Reference]
    public Site? InspectedSite { get; set; }

    [ID(nameof(Organization))]
    public int InspectingOrganizationId { get; set; }

    [Reference]
    public Organization? InspectingOrganization { get; set; }

    // The start of the period PlannedAtPrecision names (the instant, or Tehran's first moment of the day,
    // month or year), as for a meeting's start: a source that gives only a day stores no hour.
    public DateTime PlannedAt { get; set; }

    public DatePrecision PlannedAtPrecision { get; set; }

    // The source gives no date of its own: PlannedAt is the day the source was published.
    public bool PlannedAtFromPublication { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? CompletedAt { get; set; }

    public InspectionStatus Status { get; set; }

    // Where the record's facts come from, when it was written from a published source.
    [ID(nameof(Source))]
    public int? SourceId { get; set; }

    [Reference]
    public Source? Source { get; set; }

    [GraphQLIgnore]
    public List<InspectionInspector> Inspectors { get; } = [];

    [GraphQLIgnore]
    [Filterable]
    public List<Finding> Findings { get; } = [];
}

public enum InspectionKind
{
    Field,
    Unannounced,
    Formal,
    Managerial,
    Structural,
}

public enum InspectionStatus
{
    Planned,
    InProgress,
    Completed,
    Cancelled,
}

/// <summary>A person who inspects.</summary>
public class InspectionInspector : Entity
{
    [ID(nameof(Inspection))]
    public int InspectionId { get; set; }

    [Reference]
    public Inspection? Inspection { get; set; }

    [ID(nameof(Person))]
    public int PersonId { get; set; }

    [Reference]
    public Person? Person { get; set; }
}
