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

    public static async Task<Speaker?> GetSpeakerByIdAsync([ID(nameof(Speaker))] string id, IResolverContext context) =>
        await context.DataLoader<SpeakerByIdDataLoader>().LoadAsync(Ids.Key(id));

    public static async Task<IEnumerable<Speaker>> GetSpeakersByIdAsync([ID(nameof(Speaker))] string[] ids, IResolverContext context) =>
        await context.DataLoader<SpeakerByIdDataLoader>().LoadAllAsync(ids ?? []);
}
