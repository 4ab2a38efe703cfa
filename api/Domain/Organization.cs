using Hamahang.Api.GraphQL;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Domain;

/// <summary>An organization, office, center or headquarters; organizations form a tree.</summary>
public class Organization : Entity, IArchivable
{
    [NormalizedSearch("NameNormalized", typeof(PersianNormalizer))]
    public required string Name { get; set; }

    public string? NameEn { get; set; }

    public OrganizationKind Kind { get; set; }

    public OrganizationLevel Level { get; set; }

    [ID(nameof(Organization))]
    public int? ParentId { get; set; }

    [Reference]
    public Organization? Parent { get; set; }

    [GraphQLIgnore]
    public List<Organization> Children { get; } = [];

    [ID(nameof(District))]
    public int? DistrictId { get; set; }

    [Reference]
    public District? District { get; set; }

    [GraphQLIgnore]
    [Filterable]
    public List<Person> People { get; } = [];

    [GraphQLIgnore]
    [Filterable]
    public List<OrganizationCapacity> Capacities { get; } = [];

    [GraphQLIgnore]
    public List<OrganizationServiceArea> ServiceAreas { get; } = [];

    // Set when archived: hidden from lists unless asked for, restorable; never deleted.
    public DateTime? ArchivedAt { get; set; }
}

public enum OrganizationKind
{
    Municipality,
    Department,
    Center,
    Headquarters,
    Governorate,
    Agency,
    Inspection,
    ObserversNetwork,
    PublicRelations,
    Welfare,
    Charity,
    VolunteerGroup,
    Hospital,
}

public enum OrganizationLevel
{
    National,
    Province,
    City,
    County,
    District,
}
