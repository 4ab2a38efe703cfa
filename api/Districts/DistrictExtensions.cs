using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Districts;

/// <summary>A district's records, each list loaded for all districts of a response by one query.</summary>
[ExtendObjectType(typeof(District))]
public static class DistrictExtensions
{
    [Cost(1)]
    [GraphQLDescription("The district's crisis capacities (support bases, emergency shelters, hospitals).")]
    public static Task<Site[]> GetSites([Parent] District district, IResolverContext context) =>
        context.Group<int, Site>("District.sites", (db, keys) =>
            db.Sites.Where(s => s.ArchivedAt == null && s.DistrictId != null && keys.Contains(s.DistrictId.Value)).OrderBy(s => s.Id).Select(s => new Keyed<int, Site>(s.DistrictId!.Value, s)))
            .LoadAsync(district.Id);

    [Cost(1)]
    [GraphQLDescription("Meetings concerning the district that the caller may read, earliest first.")]
    public static Task<Meeting[]> GetMeetings([Parent] District district, IResolverContext context, Caller caller)
    {
        var visible = ReadPolicy.Of<MeetingDistrict>(caller);
        return context.Group<int, Meeting>("District.meetings", (db, keys) =>
            db.MeetingDistricts.Where(visible).Where(md => keys.Contains(md.DistrictId))
                .OrderBy(md => md.Meeting!.StartsAt).ThenBy(md => md.MeetingId)
                .Select(md => new Keyed<int, Meeting>(md.DistrictId, md.Meeting!)))
            .LoadAsync(district.Id);
    }

    [Cost(1)]
    [GraphQLDescription("Inspections in the district, latest planned first.")]
    public static Task<Inspection[]> GetInspections([Parent] District district, IResolverContext context, Caller caller)
    {
        var visible = ReadPolicy.Inspections(caller);
        return context.Group<int, Inspection>("District.inspections", (db, keys) =>
            db.Inspections.Where(visible).Where(i => keys.Contains(i.DistrictId))
                .OrderByDescending(i => i.PlannedAt).ThenBy(i => i.Id).Select(i => new Keyed<int, Inspection>(i.DistrictId, i)))
            .LoadAsync(district.Id);
    }

    [Cost(1)]
    [GraphQLDescription("Working groups of the district that the caller may read.")]
    public static Task<WorkingGroup[]> GetWorkingGroups([Parent] District district, IResolverContext context, Caller caller)
    {
        var visible = ReadPolicy.WorkingGroups(caller);
        return context.Group<int, WorkingGroup>("District.workingGroups", (db, keys) =>
            db.WorkingGroups.Where(visible).Where(g => g.DistrictId != null && keys.Contains(g.DistrictId.Value))
                .OrderBy(g => g.Id).Select(g => new Keyed<int, WorkingGroup>(g.DistrictId!.Value, g)))
            .LoadAsync(district.Id);
    }

    [Cost(1)]
    [GraphQLDescription("Organizations assigned to support the district, such as a supporting province (استان معین).")]
    public static Task<Partnership[]> GetPartnerships([Parent] District district, IResolverContext context) =>
        context.Group<int, Partnership>("District.partnerships", (db, keys) =>
            db.Partnerships.Where(p => keys.Contains(p.DistrictId)).OrderBy(p => p.Id).Select(p => new Keyed<int, Partnership>(p.DistrictId, p)))
            .LoadAsync(district.Id);
}
