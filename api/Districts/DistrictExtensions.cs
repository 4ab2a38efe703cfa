using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Districts;

/// <summary>A district's records, each list loaded for all districts of a response by one query.</summary>
[ExtendObjectType(typeof(District))]
public static class DistrictExtensions
{
    /// <summary>The district's crisis capacities (support bases, shelters, hospitals).</summary>
    public static async Task<Site[]> GetSites([Parent] District district, IResolverContext context) =>
        await context.Group<int, Site>("District.sites", (db, keys) =>
            db.Sites.Where(s => keys.Contains(s.DistrictId)).OrderBy(s => s.Id).Select(s => new Keyed<int, Site>(s.DistrictId, s)))
            .LoadAsync(district.Id);
}
