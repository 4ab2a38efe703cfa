using Hamahang.Api.Domain;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Organizations;

/// <summary>An organization's details, to create one.</summary>
public sealed record CreateOrganizationInput
{
    public required string Name { get; init; }

    public string? NameEn { get; init; }

    public OrganizationKind Kind { get; init; }

    public OrganizationLevel Level { get; init; }

    [ID(nameof(Organization))]
    public string? ParentId { get; init; }

    [ID(nameof(District))]
    public string? DistrictId { get; init; }
}

/// <summary>Replaces an organization's details, if it is still at <see cref="Version"/>.</summary>
public sealed record UpdateOrganizationInput
{
    [ID(nameof(Organization))]
    public required string Id { get; init; }

    public long Version { get; init; }

    public required string Name { get; init; }

    public string? NameEn { get; init; }

    public OrganizationKind Kind { get; init; }

    public OrganizationLevel Level { get; init; }

    [ID(nameof(Organization))]
    public string? ParentId { get; init; }

    [ID(nameof(District))]
    public string? DistrictId { get; init; }
}

/// <summary>A person's details, to create one.</summary>
public sealed record CreatePersonInput
{
    public required string FullName { get; init; }

    public string? FullNameEn { get; init; }

    public string? Title { get; init; }

    public string? TitleEn { get; init; }

    [ID(nameof(Organization))]
    public string? OrganizationId { get; init; }
}

/// <summary>Replaces a person's details, if the record is still at <see cref="Version"/>.</summary>
public sealed record UpdatePersonInput
{
    [ID(nameof(Person))]
    public required string Id { get; init; }

    public long Version { get; init; }

    public required string FullName { get; init; }

    public string? FullNameEn { get; init; }

    public string? Title { get; init; }

    public string? TitleEn { get; init; }

    [ID(nameof(Organization))]
    public string? OrganizationId { get; init; }
}
