using Hamahang.Api.Domain;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Organizations;

[ExtendObjectType(typeof(Organization))]
public static class OrganizationCapacityExtensions
{
    [Cost(1)]
    [GraphQLDescription("What the organization can bring in a crisis, as far as a source states it; one entry per kind.")]
    public static Task<OrganizationCapacity[]> GetCapacities([Parent] Organization organization, OrganizationCapacitiesDataLoader capacities) =>
        capacities.LoadAsync(organization.Id);

    [Cost(1)]
    [GraphQLDescription("The districts the organization serves (a county body such as Rey's welfare office, a charity active there).")]
    public static Task<District[]> GetServiceAreas([Parent] Organization organization, OrganizationServiceAreasDataLoader areas) =>
        areas.LoadAsync(organization.Id);
}

[ExtendObjectType(typeof(District))]
public static class DistrictServiceAreaExtensions
{
    [Cost(1)]
    [GraphQLDescription("The organizations that serve the district besides its own municipality: county bodies, charities.")]
    public static Task<Organization[]> GetServedBy([Parent] District district, DistrictServedByDataLoader servedBy) => servedBy.LoadAsync(district.Id);
}
