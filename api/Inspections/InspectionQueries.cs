using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Inspections;

[QueryType]
public static class InspectionQueries
{
    [GraphQLDescription("Inspections (نظارت) of organizations and sites.")]
    [Authorize(ApiKeyRole.Admin, ApiKeyRole.Editor, ApiKeyRole.Inspector, ApiKeyRole.Partner)]
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static IQueryable<Inspection> GetInspections(AppDbContext db, Caller caller) =>
        db.Inspections.AsNoTracking().Where(ReadPolicy.Inspections(caller));

    [GraphQLDescription("Oversight findings the caller may read: confidential findings only for editors, admins and the inspectors of their inspection.")]
    [Authorize(ApiKeyRole.Admin, ApiKeyRole.Editor, ApiKeyRole.Inspector, ApiKeyRole.Partner)]
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static IQueryable<Finding> GetFindings(AppDbContext db, Caller caller) =>
        db.Findings.AsNoTracking().Where(ReadPolicy.Findings(caller));
}
