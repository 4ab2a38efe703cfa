using System.ComponentModel;
using Hamahang.Api.Domain;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Sites;

/// <summary>Replaces a site's details, if it is still at <see cref="Version"/>.</summary>
public sealed record UpdateSiteInput : SiteDetailsInput
{
    [ID(nameof(Site))]
    public required int Id { get; init; }

    public long Version { get; init; }
}

/// <summary>
/// A crisis capacity site's details, as creating and updating it give them. Declared between the two: input fields keep
/// declaration order, so an update's id and version come first.
/// </summary>
public abstract record SiteDetailsInput
{
    public required string Name { get; init; }

    public string? NameEn { get; init; }

    public SiteKind Kind { get; init; }

    public int? Capacity { get; init; }

    // Left out for a city-wide site.
    [ID(nameof(District))]
    public int? DistrictId { get; init; }

    // Serves the whole city rather than one district (then districtId is left out).
    [DefaultValue(false)]
    public bool CityWide { get; init; }

    [ID(nameof(Organization))]
    public int? OrganizationId { get; init; }

    public string? Address { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }
}


/// <summary>A crisis capacity site's details, to create one.</summary>
public sealed record CreateSiteInput : SiteDetailsInput;
