using Hamahang.GraphQL.Execution.DataLoaders;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;
using Hamahang.Workshop.Tests.Data;

namespace Hamahang.Workshop.Tests.Tracks;

[ExtendObjectType(typeof(Track))]
public static class TrackExtensions
{
    /// <summary>
    /// The workshop's nested connection (<c>Track.sessions: SessionsConnection</c>): a paged list over a DataLoader.
    /// Our engine pages only the root's <see cref="IQueryable"/> lists today (nested paging is helper 15n's work),
    /// so this is a plain list and <see cref="SchemaParityTests"/> names the gap.
    /// </summary>
    public static async Task<IEnumerable<Session>> GetSessionsAsync([Parent] Track track, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(track);
        return await context.DataLoader<SessionsByTrackIdDataLoader>().LoadAsync(track.Id);
    }
}
