using Hamahang.GraphQL.Execution.DataLoaders;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;
using Hamahang.Workshop.Tests.Data;

namespace Hamahang.Workshop.Tests.Speakers;

[QueryType]
public static class SpeakerQueries
{
    [UsePaging]
    public static IQueryable<Speaker> GetSpeakers([Service] WorkshopDbContext dbContext) => dbContext.Speakers.OrderBy(s => s.Name);

    public static async Task<Speaker?> GetSpeakerByIdAsync([ID<Speaker>] int id, IResolverContext context) =>
        await context.DataLoader<SpeakerByIdDataLoader>().LoadAsync(id);

    public static async Task<IEnumerable<Speaker>> GetSpeakersByIdAsync([ID<Speaker>] int[] ids, IResolverContext context) =>
        await context.DataLoader<SpeakerByIdDataLoader>().LoadAllAsync(ids ?? []);
}
