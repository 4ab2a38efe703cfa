using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Organizations;

[ExtendObjectType(typeof(Organization))]
public static class OrganizationCapacityExtensions
{
    [Cost(1)]
    [GraphQLDescription("What the organization can bring in a crisis, as far as a source states it; one entry per kind.")]
    public static Task<OrganizationCapacity[]> GetCapacities([Parent] Organization organization, IResolverContext context) =>
        context.Group<int, OrganizationCapacity>("Organization.capacities", (db, keys) =>
            db.OrganizationCapacities.Where(c => keys.Contains(c.OrganizationId)).OrderBy(c => c.Id)
                .Select(c => new Keyed<int, OrganizationCapacity>(c.OrganizationId, c)))
            .LoadAsync(organization.Id);

    [Cost(1)]
    [GraphQLDescription("The districts the organization serves (a county body such as Rey's welfare office, a charity active there).")]
    public static Task<District[]> GetServiceAreas([Parent] Organization organization, IResolverContext context) =>
        context.Group<int, District>("Organization.serviceAreas", (db, keys) =>
            db.OrganizationServiceAreas.Where(a => keys.Contains(a.OrganizationId)).OrderBy(a => a.District!.Number)
                .Select(a => new Keyed<int, District>(a.OrganizationId, a.District!)))
            .LoadAsync(organization.Id);
}

[ExtendObjectType(typeof(District))]
public static class DistrictServiceAreaExtensions
{
    [Cost(1)]
    [GraphQLDescription("The organizations that serve the district besides its own municipality: county bodies, charities.")]
    public static Task<Organization[]> GetServedBy([Parent] District district, IResolverContext context) =>
        context.Group<int, Organization>("District.servedBy", (db, keys) =>
            db.OrganizationServiceAreas.Where(a => keys.Contains(a.DistrictId) && a.Organization!.ArchivedAt == null).OrderBy(a => a.OrganizationId)
                .Select(a => new Keyed<int, Organization>(a.DistrictId, a.Organization!)))
            .LoadAsync(district.Id);
}
