using Hamahang.Api.GraphQL;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Domain;

/// <summary>A specialised working group (کارگروه تخصصی), usually formed by a decision.</summary>
public class WorkingGroup : Entity
{
    [NormalizedSearch("NameNormalized", typeof(PersianNormalizer))]
    public required string Name { get; set; }

    public string? NameEn { get; set; }

    [NormalizedSearch("SpecialtyNormalized", typeof(PersianNormalizer))]
    public string? Specialty { get; set; }

    [ID(nameof(District))]
    public int? DistrictId { get; set; }

    [Reference]
    public District? District { get; set; }

    [ID(nameof(Organization))]
    public int? PartnerOrganizationId { get; set; }

    [Reference]
    public Organization? PartnerOrganization { get; set; }

    [ID(nameof(Decision))]
    public int? FormedByDecisionId { get; set; }

    [Reference]
    public Decision? FormedByDecision { get; set; }

    public WorkingGroupStatus Status { get; set; }

    [GraphQLIgnore]
    public List<WorkingGroupMember> Members { get; } = [];

    [GraphQLIgnore]
    public List<Meeting> Meetings { get; } = [];
}

public enum WorkingGroupStatus
{
    Forming,
    Active,
    Dissolved,
}

/// <summary>A member of a working group: a counterpart department, or a person.</summary>
public class WorkingGroupMember : Entity
{
    [ID(nameof(WorkingGroup))]
    public int WorkingGroupId { get; set; }

    [Reference]
    public WorkingGroup? WorkingGroup { get; set; }

    [ID(nameof(Organization))]
    public int? OrganizationId { get; set; }

    [Reference]
    public Organization? Organization { get; set; }

    [ID(nameof(Person))]
    public int? PersonId { get; set; }

    [Reference]
    public Person? Person { get; set; }

    public WorkingGroupRole Role { get; set; }
}

public enum WorkingGroupRole
{
    Chair,
    Secretary,
    Member,
}
