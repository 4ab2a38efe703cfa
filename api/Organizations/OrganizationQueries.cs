using Hamahang.Api.Archiving;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Organizations;

[QueryType]
public static class OrganizationQueries
{
    [GraphQLDescription("Organizations, offices, centres and headquarters (a tree: parent, children).")]
    [Authorize(ApiKeyRole.Admin, ApiKeyRole.Editor, ApiKeyRole.Inspector, ApiKeyRole.Partner)]
    [UsePaging]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static IQueryable<Organization> GetOrganizations(AppDbContext db, [GraphQLDescription(Archive.ArgumentDescription)] bool includeArchived = false) =>
        db.Organizations.AsNoTracking().Where(o => includeArchived || o.ArchivedAt == null);

    [GraphQLDescription("People who attend meetings, own decisions or inspect.")]
    [Authorize(ApiKeyRole.Admin, ApiKeyRole.Editor, ApiKeyRole.Inspector, ApiKeyRole.Partner)]
    [UsePaging]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static IQueryable<Person> GetPeople(AppDbContext db, [GraphQLDescription(Archive.ArgumentDescription)] bool includeArchived = false) =>
        db.People.AsNoTracking().Where(p => includeArchived || p.ArchivedAt == null);
}
