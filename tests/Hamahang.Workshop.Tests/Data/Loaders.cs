using Hamahang.GraphQL.EntityFramework;
using Hamahang.GraphQL.Execution.DataLoaders;
using Hamahang.GraphQL.Types;

namespace Hamahang.Workshop.Tests.Data;

/// <summary>The workshop's by-id DataLoaders, as the engine's DbSet loaders over <see cref="WorkshopDbContext"/>.</summary>
public static class Loaders
{
    public static DataLoader<int, Attendee> AttendeeById(this IResolverContext context) => context.ByKey<WorkshopDbContext, Attendee, int>(a => a.Id);

    public static DataLoader<int, Session> SessionById(this IResolverContext context) => context.ByKey<WorkshopDbContext, Session, int>(s => s.Id);

    public static DataLoader<int, Speaker> SpeakerById(this IResolverContext context) => context.ByKey<WorkshopDbContext, Speaker, int>(s => s.Id);

    public static DataLoader<int, Track> TrackById(this IResolverContext context) => context.ByKey<WorkshopDbContext, Track, int>(t => t.Id);

    public static GroupDataLoader<int, Session> SessionsByTrackId(this IResolverContext context) =>
        context.GroupBy<WorkshopDbContext, Session, int>(s => s.TrackId!.Value);

    /// <summary>The rows the global <paramref name="ids"/> name, in their order, skipping ids with no row (<c>LoadRequiredAsync</c>'s list).</summary>
    public static async Task<IEnumerable<T>> LoadAllAsync<T>(this DataLoader<int, T> loader, IEnumerable<string> ids)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(loader);
        var rows = await loader.LoadAsync(ids.Select(Ids.Key));
        return rows.OfType<T>();
    }
}
