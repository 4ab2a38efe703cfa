using Hamahang.Api.Domain;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Organizations;

/// <summary>Replaces what an organization can bring in a crisis, if it is still at <see cref="Version"/>.</summary>
public sealed record SetOrganizationCapacitiesInput
{
    [ID(nameof(Organization))]
    public required int OrganizationId { get; init; }

    public long Version { get; init; }

    public required IReadOnlyList<CapacityInput> Capacities { get; init; }
}

/// <summary>One kind of capacity: what it is, how much (left out when unknown), whom to call.</summary>
public sealed record CapacityInput
{
    public CapacityKind Kind { get; init; }

    public string? Description { get; init; }

    public int? Quantity { get; init; }

    public string? Contact { get; init; }
}

/// <summary>Replaces the districts an organization serves, if it is still at <see cref="Version"/>.</summary>
public sealed record SetOrganizationServiceAreasInput
{
    [ID(nameof(Organization))]
    public required int OrganizationId { get; init; }

    public long Version { get; init; }

    [ID(nameof(District))]
    public required IReadOnlyList<int> DistrictIds { get; init; }
}
