using Hamahang.GraphQL.EntityFramework;
using Hamahang.GraphQL.Execution.DataLoaders;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Workshop.Tests.Data;

// The workshop's by-id and by-foreign-key DataLoaders, as the engine's DbSet loaders over WorkshopDbContext:
// a class per batch, found by type.

/// <summary>Attendees by id.</summary>
public sealed class AttendeeByIdDataLoader(IDbContextFactory<WorkshopDbContext> contexts)
    : DbSetBatchDataLoader<WorkshopDbContext, Attendee, int>(contexts, a => a.Id);

/// <summary>Sessions by id.</summary>
public sealed class SessionByIdDataLoader(IDbContextFactory<WorkshopDbContext> contexts)
    : DbSetBatchDataLoader<WorkshopDbContext, Session, int>(contexts, s => s.Id);

/// <summary>Speakers by id.</summary>
public sealed class SpeakerByIdDataLoader(IDbContextFactory<WorkshopDbContext> contexts)
    : DbSetBatchDataLoader<WorkshopDbContext, Speaker, int>(contexts, s => s.Id);

/// <summary>Tracks by id.</summary>
public sealed class TrackByIdDataLoader(IDbContextFactory<WorkshopDbContext> contexts)
    : DbSetBatchDataLoader<WorkshopDbContext, Track, int>(contexts, t => t.Id);

/// <summary>Loading the rows that keys name.</summary>
public static class Loaders
{
    /// <summary>The rows the <paramref name="ids"/> name, in their order, skipping ids with no row (<c>LoadRequiredAsync</c>'s list).</summary>
    public static async Task<IEnumerable<T>> LoadAllAsync<T>(this BatchDataLoader<int, T> loader, IEnumerable<int> ids)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(loader);
        var rows = await loader.LoadAsync(ids);
        return rows.OfType<T>();
    }
}
