using Hamahang.Api.Domain;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Partnerships;

/// <summary>Replaces a partnership's details, if it is still at <see cref="Version"/>.</summary>
public sealed record UpdatePartnershipInput : PartnershipDetailsInput
{
    [ID(nameof(Partnership))]
    public required int Id { get; init; }

    public long Version { get; init; }
}

/// <summary>
/// A partnership's details, as recording and updating it give them: the supporting organization, the district it supports,
/// and on what basis. Declared between the two: input fields keep declaration order, so an update's id and version come
/// first and a record's counterparts last.
/// </summary>
public abstract record PartnershipDetailsInput
{
    public PartnershipKind Kind { get; init; }

    [ID(nameof(Organization))]
    public required int OrganizationId { get; init; }

    [ID(nameof(District))]
    public required int DistrictId { get; init; }

    [ID(nameof(Organization))]
    public int? SupportedOrganizationId { get; init; }

    public bool IsLeading { get; init; }

    public DateOnly? StartsOn { get; init; }

    public DateOnly? EndsOn { get; init; }

    public string? Instruction { get; init; }

    public string? Description { get; init; }
}

/// <summary>A partnership's details, to record one, with its counterpart departments.</summary>
public sealed record RecordPartnershipInput : PartnershipDetailsInput
{
    public IReadOnlyList<PartnershipCounterpartInput>? Counterparts { get; init; }
}

/// <summary>Replaces a partnership's counterpart departments (ادارات متناظر), if it is still at <see cref="Version"/>.</summary>
public sealed record SetPartnershipCounterpartsInput
{
    [ID(nameof(Partnership))]
    public required int Id { get; init; }

    public long Version { get; init; }

    public required IReadOnlyList<PartnershipCounterpartInput> Counterparts { get; init; }
}

/// <summary>A department of the supporting side and its counterpart on the supported side.</summary>
public sealed record PartnershipCounterpartInput
{
    [ID(nameof(Organization))]
    public required int OrganizationId { get; init; }

    [ID(nameof(Organization))]
    public required int CounterpartId { get; init; }
}
