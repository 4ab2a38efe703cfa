using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.EntityFramework;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Organizations;

[ExtendObjectType(typeof(Organization))]
public static class OrganizationExtensions
{
    [Cost(1)]
    [GraphQLDescription("The organization's departments and offices.")]
    public static Task<Organization[]> GetChildren([Parent] Organization organization, OrganizationChildrenDataLoader children) =>
        children.LoadAsync(organization.Id);

    [GraphQLDescription("The organization's people.")]
    [UsePaging(IncludeTotalCount = true)]
    [UseFiltering]
    [UseSorting]
    public static Task<Page<Person>?> GetPeople([Parent] Organization organization, IResolverContext context) =>
        context.PagesBy<AppDbContext, Person, int>("Organization.people", db => db.People.Where(p => p.OrganizationId != null), p => p.OrganizationId!.Value)
            .LoadAsync(organization.Id);
}
