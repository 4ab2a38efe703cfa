using Hamahang.GraphQL.Execution.DataLoaders;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;
using Hamahang.Workshop.Tests.Data;

namespace Hamahang.Workshop.Tests.Tracks;

[QueryType]
public static class TrackQueries
{
    [UsePaging]
    public static IQueryable<Track> GetTracks([Service] WorkshopDbContext dbContext) => dbContext.Tracks.OrderBy(t => t.Name);

    public static async Task<Track?> GetTrackByIdAsync([ID<Track>] int id, IResolverContext context) =>
        await context.DataLoader<TrackByIdDataLoader>().LoadAsync(id);

    public static async Task<IEnumerable<Track>> GetTracksByIdAsync([ID<Track>] int[] ids, IResolverContext context) =>
        await context.DataLoader<TrackByIdDataLoader>().LoadAllAsync(ids ?? []);
}
