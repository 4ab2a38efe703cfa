using Hamahang.Api.Domain;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.WorkingGroups;

/// <summary>Forms a working group from a decision (the counterpart departments of both sides, for example).</summary>
public sealed record FormWorkingGroupInput
{
    [ID(nameof(Decision))]
    public required int DecisionId { get; init; }

    public required string Name { get; init; }

    public string? NameEn { get; init; }

    public string? Specialty { get; init; }

    [ID(nameof(District))]
    public int? DistrictId { get; init; }

    [ID(nameof(Organization))]
    public int? PartnerOrganizationId { get; init; }

    public IReadOnlyList<WorkingGroupMemberInput>? Members { get; init; }

    public string? IdempotencyKey { get; init; }
}

/// <summary>A member: a counterpart department, a person, or a person for a department.</summary>
public sealed record WorkingGroupMemberInput
{
    [ID(nameof(Organization))]
    public int? OrganizationId { get; init; }

    [ID(nameof(Person))]
    public int? PersonId { get; init; }

    public WorkingGroupRole Role { get; init; }
}

/// <summary>Adds a member to a working group.</summary>
public sealed record AddWorkingGroupMemberInput
{
    [ID(nameof(WorkingGroup))]
    public required int WorkingGroupId { get; init; }

    public long Version { get; init; }

    public required WorkingGroupMemberInput Member { get; init; }
}

/// <summary>Removes the member that is this organization and/or person from a working group.</summary>
public sealed record RemoveWorkingGroupMemberInput
{
    [ID(nameof(WorkingGroup))]
    public required int WorkingGroupId { get; init; }

    public long Version { get; init; }

    [ID(nameof(Organization))]
    public int? OrganizationId { get; init; }

    [ID(nameof(Person))]
    public int? PersonId { get; init; }
}

/// <summary>Moves a working group to another status (Forming → Active → Dissolved).</summary>
public sealed record SetWorkingGroupStatusInput
{
    [ID(nameof(WorkingGroup))]
    public required int Id { get; init; }

    public long Version { get; init; }

    public WorkingGroupStatus Status { get; init; }
}
