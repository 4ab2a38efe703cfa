using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Meetings;

[QueryType]
public static class MeetingQueries
{
    [GraphQLDescription("Meetings the caller may read: all for editors and admins; for partners and inspectors those with published minutes and those their " +
        "organization took part in.")]
    [Authorize(ApiKeyRole.Admin, ApiKeyRole.Editor, ApiKeyRole.Inspector, ApiKeyRole.Partner)]
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static IQueryable<Meeting> GetMeetings(AppDbContext db, Caller caller) =>
        db.Meetings.AsNoTracking().Where(ReadPolicy.Meetings(caller));

    [GraphQLDescription("Minutes revisions. Integrators and partners see published revisions only, each once, every correction as a new revision; "
        + "page them by publicationPosition (see schema/README.md).")]
    [Authorize]
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static async Task<IQueryable<Minutes>> GetMinutes(AppDbContext db, Caller caller, CancellationToken cancellationToken) =>
        Pull(db, caller, await MinutesPositions.FrontierAsync(db, cancellationToken));

    /// <summary>The minutes <paramref name="caller"/> may read, a published revision once every lower position is committed.</summary>
    internal static IQueryable<Minutes> Pull(AppDbContext db, Caller caller, long frontier) =>
        db.Minutes.AsNoTracking().Where(ReadPolicy.Minutes(caller)).Where(MinutesPositions.Committed(frontier));
}
