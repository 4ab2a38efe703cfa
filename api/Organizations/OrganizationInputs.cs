using Hamahang.Api.Domain;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Organizations;

// Each update is declared before the details it shares with its create, and the create after them: input fields keep
// declaration order, so an update's id and version come first.

/// <summary>Replaces an organization's details, if it is still at <see cref="Version"/>.</summary>
public sealed record UpdateOrganizationInput : OrganizationDetailsInput
{
    [ID(nameof(Organization))]
    public required int Id { get; init; }

    public long Version { get; init; }
}

/// <summary>An organization's details, as creating and updating it give them.</summary>
public abstract record OrganizationDetailsInput
{
    public required string Name { get; init; }

    public string? NameEn { get; init; }

    public OrganizationKind Kind { get; init; }

    public OrganizationLevel Level { get; init; }

    [ID(nameof(Organization))]
    public int? ParentId { get; init; }

    [ID(nameof(District))]
    public int? DistrictId { get; init; }
}

/// <summary>An organization's details, to create one.</summary>
public sealed record CreateOrganizationInput : OrganizationDetailsInput;

/// <summary>Replaces a person's details, if the record is still at <see cref="Version"/>.</summary>
public sealed record UpdatePersonInput : PersonDetailsInput
{
    [ID(nameof(Person))]
    public required int Id { get; init; }

    public long Version { get; init; }
}

/// <summary>A person's details, as creating and updating them give them.</summary>
public abstract record PersonDetailsInput
{
    public required string FullName { get; init; }

    public string? FullNameEn { get; init; }

    public string? Title { get; init; }

    public string? TitleEn { get; init; }

    [ID(nameof(Organization))]
    public int? OrganizationId { get; init; }
}

/// <summary>A person's details, to create one.</summary>
public sealed record CreatePersonInput : PersonDetailsInput;
