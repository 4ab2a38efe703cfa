using Hamahang.Api.GraphQL;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Domain;

/// <summary>
/// An organization assigned to support a district, such as a supporting province (استان معین)
/// that aids the district in crises: Qom supports District 20.
/// </summary>
public class Partnership : Entity
{
    public PartnershipKind Kind { get; set; }

    [ID(nameof(Organization))]
    public int OrganizationId { get; set; }

    [Reference]
    public Organization? Organization { get; set; }

    [ID(nameof(District))]
    public int DistrictId { get; set; }

    [Reference]
    public District? District { get; set; }

    public string? Description { get; set; }

    // The organization on the supported side (District 20's municipality), beside the district.
    [ID(nameof(Organization))]
    public int? SupportedOrganizationId { get; set; }

    [Reference]
    public Organization? SupportedOrganization { get; set; }

    // «پیشتاز»: a leading supporting province.
    public bool IsLeading { get; set; }

    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    // The instruction the partnership rests on («دستورالعمل وزارت کشور ...»).
    public string? Instruction { get; set; }

    [GraphQLIgnore]
    public List<PartnershipCounterpart> Counterparts { get; } = [];
}

/// <summary>A pair of counterpart departments (ادارات متناظر): one of each side of a partnership.</summary>
public class PartnershipCounterpart : Entity
{
    [ID(nameof(Partnership))]
    public int PartnershipId { get; set; }

    [Reference]
    public Partnership? Partnership { get; set; }

    [ID(nameof(Organization))]
    public int OrganizationId { get; set; }

    [Reference]
    public Organization? Organization { get; set; }

    [ID(nameof(Organization))]
    public int CounterpartId { get; set; }

    [Reference]
    public Organization? Counterpart { get; set; }
}

public enum PartnershipKind
{
    SupportingProvince,
    Other,
}
