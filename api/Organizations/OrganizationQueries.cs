using Hamahang.Api.Archiving;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Organizations;

[QueryType]
public static class OrganizationQueries
{
    /// <summary>
    /// Organizations; beside <c>where</c>, <paramref name="capacity"/> (can bring that kind of capacity) and
    /// <paramref name="servesDistrictNumber"/> (serves that district), so "which charities serving Rey can provide
    /// volunteers" is one query.
    /// </summary>
    [GraphQLDescription("Organizations, offices, centres and headquarters (a tree: parent, children). Beside where: capacity (can bring that kind of " +
        "capacity in a crisis), servesDistrictNumber (serves that district).")]
    [Authorize(ApiKeyRole.Admin, ApiKeyRole.Editor, ApiKeyRole.Inspector, ApiKeyRole.Partner)]
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static IQueryable<Organization> GetOrganizations(
        AppDbContext db,
        [GraphQLDescription(Archive.ArgumentDescription)] bool includeArchived = false,
        CapacityKind? capacity = null,
        int? servesDistrictNumber = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (servesDistrictNumber is < 1 or > 22)
        {
            throw new GraphQLException("servesDistrictNumber is the number of one of Tehran's 22 districts (1 to 22).", "INVALID_ARGUMENT");
        }

        var query = db.Organizations.AsNoTracking().Where(o => includeArchived || o.ArchivedAt == null);
        if (capacity is { } kind)
        {
            query = query.Where(o => o.Capacities.Any(c => c.Kind == kind));
        }

        return servesDistrictNumber is { } number ? query.Where(o => o.ServiceAreas.Any(a => a.District!.Number == number)) : query;
    }

    [GraphQLDescription("People who attend meetings, own decisions or inspect.")]
    [Authorize(ApiKeyRole.Admin, ApiKeyRole.Editor, ApiKeyRole.Inspector, ApiKeyRole.Partner)]
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static IQueryable<Person> GetPeople(AppDbContext db, [GraphQLDescription(Archive.ArgumentDescription)] bool includeArchived = false) =>
        db.People.AsNoTracking().Where(p => includeArchived || p.ArchivedAt == null);
}
