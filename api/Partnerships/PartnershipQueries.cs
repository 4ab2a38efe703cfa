using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
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
    [UsePaging]
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
    public static Task<PartnershipCounterpart[]> GetCounterparts([Parent] Partnership partnership, IResolverContext context, Caller caller)
    {
        var visible = ReadPolicy.Of<PartnershipCounterpart>(caller);
        return context.Group<int, PartnershipCounterpart>("Partnership.counterparts", (db, keys) =>
            db.PartnershipCounterparts.Where(visible).Where(c => keys.Contains(c.PartnershipId)).OrderBy(c => c.Id)
                .Select(c => new Keyed<int, PartnershipCounterpart>(c.PartnershipId, c)))
            .LoadAsync(partnership.Id);
    }
}

[ExtendObjectType(typeof(Organization))]
public static class OrganizationPartnershipExtensions
{
    [Cost(1)]
    [GraphQLDescription("Partnerships of the organization, as the supporting side or as the supported one.")]
    public static Task<Partnership[]> GetPartnerships([Parent] Organization organization, IResolverContext context, Caller caller)
    {
        var visible = ReadPolicy.Of<Partnership>(caller);
        // One row per side the organization is on; the pairs (key, id) are a UNION ALL, joined back to the partnerships.
        return context.Group<int, Partnership>("Organization.partnerships", (db, keys) =>
            db.Partnerships.Where(visible).Where(p => keys.Contains(p.OrganizationId)).Select(p => new { Key = p.OrganizationId, p.Id })
                .Concat(db.Partnerships.Where(visible).Where(p => p.SupportedOrganizationId != null && keys.Contains(p.SupportedOrganizationId.Value))
                    .Select(p => new { Key = p.SupportedOrganizationId!.Value, p.Id }))
                .Join(db.Partnerships, k => k.Id, p => p.Id, (k, p) => new Keyed<int, Partnership>(k.Key, p)))
            .LoadAsync(organization.Id);
    }
}
