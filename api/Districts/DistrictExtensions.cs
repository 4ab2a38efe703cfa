using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.EntityFramework;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Districts;

/// <summary>A district's records, each list loaded for all districts of a response by one query (a page of each, for the connections).</summary>
[ExtendObjectType(typeof(District))]
public static class DistrictExtensions
{
    [GraphQLDescription("The district's crisis capacities (support bases, emergency shelters, hospitals).")]
    [UsePaging(IncludeTotalCount = true)]
    [UseFiltering]
    [UseSorting]
    public static Task<Page<Site>?> GetSites([Parent] District district, IResolverContext context) =>
        context.PagesBy<AppDbContext, Site, int>(
            "District.sites", db => db.Sites.Where(s => s.ArchivedAt == null && s.DistrictId != null), s => s.DistrictId!.Value).LoadAsync(district.Id);

    [GraphQLDescription("Meetings concerning the district that the caller may read, earliest first.")]
    [UsePaging(IncludeTotalCount = true)]
    [UseFiltering]
    [UseSorting]
    public static Task<Page<Meeting>?> GetMeetings([Parent] District district, IResolverContext context, Caller caller)
    {
        var visible = ReadPolicy.Of<MeetingDistrict>(caller);
        return context.PagesBy<AppDbContext, MeetingDistrict, int, Meeting>(
            "District.meetings", db => db.MeetingDistricts.Where(visible), md => md.DistrictId, md => md.Meeting!, [SortKey.Of((Meeting m) => m.StartsAt)])
            .LoadAsync(district.Id);
    }

    [GraphQLDescription("Findings of the district's inspections that the caller may read (partners see no confidential finding).")]
    [UsePaging(IncludeTotalCount = true)]
    [UseFiltering]
    [UseSorting]
    public static Task<Page<Finding>?> GetFindings([Parent] District district, IResolverContext context, Caller caller)
    {
        var visible = ReadPolicy.Findings(caller);
        return context.PagesBy<AppDbContext, Finding, int>("District.findings", db => db.Findings.Where(visible), f => f.Inspection!.DistrictId)
            .LoadAsync(district.Id);
    }

    [Cost(1)]
    [GraphQLDescription("Inspections in the district, latest planned first.")]
    public static Task<Inspection[]> GetInspections([Parent] District district, DistrictInspectionsDataLoader inspections) =>
        inspections.LoadAsync(district.Id);

    [Cost(1)]
    [GraphQLDescription("Working groups of the district that the caller may read.")]
    public static Task<WorkingGroup[]> GetWorkingGroups([Parent] District district, DistrictWorkingGroupsDataLoader workingGroups) =>
        workingGroups.LoadAsync(district.Id);

    [Cost(1)]
    [GraphQLDescription("Organizations assigned to support the district, such as a supporting province (استان معین).")]
    public static Task<Partnership[]> GetPartnerships([Parent] District district, DistrictPartnershipsDataLoader partnerships) =>
        partnerships.LoadAsync(district.Id);
}
