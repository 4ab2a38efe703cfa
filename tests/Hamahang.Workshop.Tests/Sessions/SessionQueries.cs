using Hamahang.GraphQL.Execution.DataLoaders;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;
using Hamahang.Workshop.Tests.Data;

namespace Hamahang.Workshop.Tests.Sessions;

[QueryType]
public static class SessionQueries
{
    [UsePaging]
    [UseFiltering(typeof(SessionFilterInputType))]
    [UseSorting]
    public static IQueryable<Session> GetSessions([Service] WorkshopDbContext dbContext) => dbContext.Sessions.OrderBy(s => s.Title);

    public static async Task<Session?> GetSessionByIdAsync([ID<Session>] int id, IResolverContext context) =>
        await context.DataLoader<SessionByIdDataLoader>().LoadAsync(id);

    public static async Task<IEnumerable<Session>> GetSessionsByIdAsync([ID<Session>] int[] ids, IResolverContext context) =>
        await context.DataLoader<SessionByIdDataLoader>().LoadAllAsync(ids ?? []);
}
