using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Partnerships;

[QueryType]
public static class PartnershipQueries
{
    [GraphQLDescription("Partnerships between organizations: supporting provinces (استان معین) and the districts they support.")]
    [Authorize(ApiKeyRole.Admin, ApiKeyRole.Editor, ApiKeyRole.Inspector, ApiKeyRole.Partner)]
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static IQueryable<Partnership> GetPartnerships(AppDbContext db, Caller caller) =>
        db.Partnerships.AsNoTracking().Where(ReadPolicy.Of<Partnership>(caller));
}

[ExtendObjectType(typeof(Partnership))]
public static class PartnershipExtensions
{
    [Cost(1)]
    [GraphQLDescription("The counterpart departments (ادارات متناظر): a department of each side.")]
    public static Task<PartnershipCounterpart[]> GetCounterparts([Parent] Partnership partnership, PartnershipCounterpartsDataLoader counterparts) =>
        counterparts.LoadAsync(partnership.Id);
}

[ExtendObjectType(typeof(Organization))]
public static class OrganizationPartnershipExtensions
{
    [Cost(1)]
    [GraphQLDescription("Partnerships of the organization, as the supporting side or as the supported one.")]
    public static Task<Partnership[]> GetPartnerships([Parent] Organization organization, OrganizationPartnershipsDataLoader partnerships) =>
        partnerships.LoadAsync(organization.Id);
}
