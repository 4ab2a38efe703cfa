using Hamahang.Api.GraphQL;

namespace Hamahang.Api.Domain;

/// <summary>
/// An organization assigned to support a district, such as a supporting province (استان معین)
/// that aids the district in crises: Qom supports District 20.
/// </summary>
public class Partnership : Entity
{
    public PartnershipKind Kind { get; set; }

    public int OrganizationId { get; set; }

    [Reference]
    public Organization? Organization { get; set; }

    public int DistrictId { get; set; }

    [Reference]
    public District? District { get; set; }

    public string? Description { get; set; }
}

public enum PartnershipKind
{
    SupportingProvince,
    Other,
}
