using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Districts;

[QueryType]
public static class DistrictQueries
{
    [GraphQLDescription("Tehran's 22 municipal districts, by number.")]
    [Authorize(ApiKeyRole.Admin, ApiKeyRole.Editor, ApiKeyRole.Inspector, ApiKeyRole.Partner)]
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static IQueryable<District> GetDistricts(AppDbContext db) => db.Districts.AsNoTracking().OrderBy(d => d.Number);

    [GraphQLDescription("The district with this number (1 to 22), or null.")]
    [Authorize(ApiKeyRole.Admin, ApiKeyRole.Editor, ApiKeyRole.Inspector, ApiKeyRole.Partner)]
    public static Task<District?> GetDistrict(int number, AppDbContext db, CancellationToken cancellationToken) =>
        db.Districts.AsNoTracking().FirstOrDefaultAsync(d => d.Number == number, cancellationToken);
}
