using Hamahang.Api.GraphQL;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Domain;

/// <summary>One of Tehran's 22 municipal districts (منطقه).</summary>
public class District : Entity
{
    public int Number { get; set; }

    [NormalizedSearch("NameNormalized", typeof(PersianNormalizer))]
    public required string Name { get; set; }

    public required string NameEn { get; set; }

    // The area the district is known by (شهرری for District 20), in Persian and English.
    [NormalizedSearch("AreaNameNormalized", typeof(PersianNormalizer))]
    public string? AreaName { get; set; }

    public string? AreaNameEn { get; set; }

    [GraphQLIgnore]
    [Filterable]
    public List<Site> Sites { get; } = [];

    // The district's inspections, for filters across them (districts having an open critical finding).
    [GraphQLIgnore]
    [Filterable]
    public List<Inspection> Inspections { get; } = [];
}
