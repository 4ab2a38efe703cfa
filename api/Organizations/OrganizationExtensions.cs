using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Organizations;

[ExtendObjectType(typeof(Organization))]
public static class OrganizationExtensions
{
    [Cost(1)]
    [GraphQLDescription("The organization's departments and offices.")]
    public static Task<Organization[]> GetChildren([Parent] Organization organization, IResolverContext context) =>
        context.Group<int, Organization>("Organization.children", (db, keys) =>
            db.Organizations.Where(o => o.ParentId != null && keys.Contains(o.ParentId.Value)).OrderBy(o => o.Id)
                .Select(o => new Keyed<int, Organization>(o.ParentId!.Value, o)))
            .LoadAsync(organization.Id);

    [Cost(1)]
    [GraphQLDescription("The organization's people.")]
    public static Task<Person[]> GetPeople([Parent] Organization organization, IResolverContext context) =>
        context.Group<int, Person>("Organization.people", (db, keys) =>
            db.People.Where(p => p.OrganizationId != null && keys.Contains(p.OrganizationId.Value)).OrderBy(p => p.Id)
                .Select(p => new Keyed<int, Person>(p.OrganizationId!.Value, p)))
            .LoadAsync(organization.Id);
}
