using Hamahang.GraphQL.Execution.DataLoaders;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;
using Hamahang.Workshop.Tests.Data;

namespace Hamahang.Workshop.Tests.Attendees;

[QueryType]
public static class AttendeeQueries
{
    [UsePaging]
    public static IQueryable<Attendee> GetAttendees([Service] WorkshopDbContext dbContext) => dbContext.Attendees.OrderBy(a => a.Username);

    public static async Task<Attendee?> GetAttendeeByIdAsync([ID<Attendee>] int id, IResolverContext context) =>
        await context.DataLoader<AttendeeByIdDataLoader>().LoadAsync(id);

    public static async Task<IEnumerable<Attendee>> GetAttendeesByIdAsync([ID<Attendee>] int[] ids, IResolverContext context) =>
        await context.DataLoader<AttendeeByIdDataLoader>().LoadAllAsync(ids ?? []);
}
