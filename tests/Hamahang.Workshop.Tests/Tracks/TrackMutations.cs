using Hamahang.GraphQL.Types;
using Hamahang.Workshop.Tests.Data;

namespace Hamahang.Workshop.Tests.Tracks;

[MutationType]
public static class TrackMutations
{
    public static async Task<Track> AddTrackAsync(string name, [Service] WorkshopDbContext dbContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dbContext);
        var track = new Track { Name = name };
        dbContext.Tracks.Add(track);
        await dbContext.SaveChangesAsync(cancellationToken);
        return track;
    }

    [Error(typeof(TrackNotFoundException))]
    public static async Task<Track> RenameTrackAsync(
        [ID<Track>] int id,
        string name,
        [Service] WorkshopDbContext dbContext,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dbContext);
        var track = await dbContext.Tracks.FindAsync([id], cancellationToken) ?? throw new TrackNotFoundException();
        track.Name = name;
        await dbContext.SaveChangesAsync(cancellationToken);
        return track;
    }
}
