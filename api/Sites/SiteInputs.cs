using System.ComponentModel;
using Hamahang.Api.Domain;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Sites;

/// <summary>A crisis capacity site's details, to create one.</summary>
public sealed record CreateSiteInput
{
    public required string Name { get; init; }

    public string? NameEn { get; init; }

    public SiteKind Kind { get; init; }

    public int? Capacity { get; init; }

    // Left out for a city-wide site.
    [ID(nameof(District))]
    public string? DistrictId { get; init; }

    // Serves the whole city rather than one district (then districtId is left out).
    [DefaultValue(false)]
    public bool CityWide { get; init; }

    [ID(nameof(Organization))]
    public string? OrganizationId { get; init; }

    public string? Address { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }
}

/// <summary>Replaces a site's details, if it is still at <see cref="Version"/>.</summary>
public sealed record UpdateSiteInput
{
    [ID(nameof(Site))]
    public required string Id { get; init; }

    public long Version { get; init; }

    public required string Name { get; init; }

    public string? NameEn { get; init; }

    public SiteKind Kind { get; init; }

    public int? Capacity { get; init; }

    // Left out for a city-wide site.
    [ID(nameof(District))]
    public string? DistrictId { get; init; }

    // Serves the whole city rather than one district (then districtId is left out).
    [DefaultValue(false)]
    public bool CityWide { get; init; }

    [ID(nameof(Organization))]
    public string? OrganizationId { get; init; }

    public string? Address { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }
}
