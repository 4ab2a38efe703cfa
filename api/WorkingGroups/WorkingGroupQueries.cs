using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.WorkingGroups;

[QueryType]
public static class WorkingGroupQueries
{
    [GraphQLDescription("Specialised working groups (کارگروه‌های تخصصی) the caller may read: all for editors and admins; for partners and inspectors those " +
        "their organization is a member or partner of, or whose forming meeting it attended.")]
    [Authorize(ApiKeyRole.Admin, ApiKeyRole.Editor, ApiKeyRole.Inspector, ApiKeyRole.Partner)]
    [UsePaging(IncludeTotalCount = true)]
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
    public static Task<WorkingGroupMember[]> GetMembers([Parent] WorkingGroup group, WorkingGroupMembersDataLoader members) => members.LoadAsync(group.Id);

    [Cost(1)]
    [GraphQLDescription("The group's own meetings, earliest first.")]
    public static Task<Meeting[]> GetMeetings([Parent] WorkingGroup group, WorkingGroupMeetingsDataLoader meetings) => meetings.LoadAsync(group.Id);
}
