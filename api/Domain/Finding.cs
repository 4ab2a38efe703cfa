using Hamahang.Api.GraphQL;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Domain;

/// <summary>
/// An oversight finding filed during an inspection. Never deleted: dismissed with a reason;
/// every change is kept in its history.
/// </summary>
public class Finding : Entity
{
    [ID(nameof(Inspection))]
    public int InspectionId { get; set; }

    [Reference]
    public Inspection? Inspection { get; set; }

    public FindingCategory Category { get; set; }

    public FindingSeverity Severity { get; set; }

    [NormalizedSearch("TitleNormalized", typeof(PersianNormalizer))]
    public required string Title { get; set; }

    [NormalizedSearch("DescriptionNormalized", typeof(PersianNormalizer))]
    public string? Description { get; set; }

    [NormalizedSearch("LocationNormalized", typeof(PersianNormalizer))]
    public string? Location { get; set; }

    public FindingChannel Channel { get; set; }

    public FindingStatus Status { get; set; }

    public string? DismissalReason { get; set; }

    [ID(nameof(Organization))]
    public int? ResponsibleOrganizationId { get; set; }

    [Reference]
    public Organization? ResponsibleOrganization { get; set; }

    public DateOnly? DueDate { get; set; }

    public bool IsConfidential { get; set; }

    [GraphQLIgnore]
    public List<FindingHistoryEntry> History { get; } = [];
}

public enum FindingCategory
{
    Problem,
    Violation,
    SpecialCase,
    StrengthsWeaknesses,
}

public enum FindingSeverity
{
    Low,
    Medium,
    High,
    Critical,
}

// How the finding reached the inspectors: the 1888 public-oversight line, the 137 urgent
// city-services line, or in the field.
public enum FindingChannel
{
    Oversight1888,
    Urgent137,
    Field,
}

public enum FindingStatus
{
    Filed,
    UnderReview,
    Referred,
    Resolved,
    Dismissed,
}

/// <summary>One change to a finding: who, when, what.</summary>
public class FindingHistoryEntry : Entity
{
    [ID(nameof(Finding))]
    public int FindingId { get; set; }

    [Reference]
    public Finding? Finding { get; set; }

    public required string Actor { get; set; }

    public FindingStatus Status { get; set; }

    public required string Change { get; set; }
}
