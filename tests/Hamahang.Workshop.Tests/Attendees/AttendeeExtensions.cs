using Hamahang.GraphQL.Execution.DataLoaders;
using Hamahang.GraphQL.Types;
using Hamahang.Workshop.Tests.Data;

namespace Hamahang.Workshop.Tests.Attendees;

[ExtendObjectType(typeof(Attendee))]
public static class AttendeeExtensions
{
    public static async Task<IEnumerable<Session>> GetSessionsAsync([Parent] Attendee attendee, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(attendee);
        return await context.DataLoader<SessionsByAttendeeIdDataLoader>().LoadAsync(attendee.Id);
    }
}
