using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.WorkingGroups;

[QueryType]
public static class WorkingGroupQueries
{
    [GraphQLDescription("Specialised working groups (کارگروه‌های تخصصی) the caller may read: all for editors and admins; for partners and inspectors those their organization is a member or partner of, or whose forming meeting it attended.")]
    [Authorize(ApiKeyRole.Admin, ApiKeyRole.Editor, ApiKeyRole.Inspector, ApiKeyRole.Partner)]
    [UsePaging]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static IQueryable<WorkingGroup> GetWorkingGroups(AppDbContext db, Caller caller) =>
        db.WorkingGroups.AsNoTracking().Where(ReadPolicy.WorkingGroups(caller));
}

[ExtendObjectType(typeof(WorkingGroup))]
public static class WorkingGroupExtensions
{
    [Cost(1)]
    [GraphQLDescription("The group's members: counterpart departments or people.")]
    public static Task<WorkingGroupMember[]> GetMembers([Parent] WorkingGroup group, IResolverContext context) =>
        context.Group<int, WorkingGroupMember>("WorkingGroup.members", (db, keys) =>
            db.WorkingGroupMembers.Where(m => keys.Contains(m.WorkingGroupId)).OrderBy(m => m.Id)
                .Select(m => new Keyed<int, WorkingGroupMember>(m.WorkingGroupId, m)))
            .LoadAsync(group.Id);

    [Cost(1)]
    [GraphQLDescription("The group's own meetings, earliest first.")]
    public static Task<Meeting[]> GetMeetings([Parent] WorkingGroup group, IResolverContext context, Caller caller)
    {
        var visible = ReadPolicy.Meetings(caller);
        return context.Group<int, Meeting>("WorkingGroup.meetings", (db, keys) =>
            db.Meetings.Where(visible).Where(m => m.WorkingGroupId != null && keys.Contains(m.WorkingGroupId.Value))
                .OrderBy(m => m.StartsAt).ThenBy(m => m.Id).Select(m => new Keyed<int, Meeting>(m.WorkingGroupId!.Value, m)))
            .LoadAsync(group.Id);
    }
}
