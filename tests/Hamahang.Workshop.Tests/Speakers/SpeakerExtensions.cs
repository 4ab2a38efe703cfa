using Hamahang.GraphQL.Execution.DataLoaders;
using Hamahang.GraphQL.Types;
using Hamahang.Workshop.Tests.Data;

namespace Hamahang.Workshop.Tests.Speakers;

[ExtendObjectType(typeof(Speaker))]
public static class SpeakerExtensions
{
    public static async Task<IEnumerable<Session>> GetSessionsAsync([Parent] Speaker speaker, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        return await context.DataLoader<SessionsBySpeakerIdDataLoader>().LoadAsync(speaker.Id);
    }
}
