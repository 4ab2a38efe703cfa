using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Campaigns;

[QueryType]
public static class CampaignQueries
{
    [GraphQLDescription("City campaigns (پویش), such as the vaccination campaign «تهران دوباره جان می‌گیرد», with their phases and service points.")]
    [Authorize(ApiKeyRole.Admin, ApiKeyRole.Editor, ApiKeyRole.Inspector, ApiKeyRole.Partner)]
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static IQueryable<Campaign> GetCampaigns(AppDbContext db, Caller caller) =>
        db.Campaigns.AsNoTracking().Where(ReadPolicy.Of<Campaign>(caller));
}
