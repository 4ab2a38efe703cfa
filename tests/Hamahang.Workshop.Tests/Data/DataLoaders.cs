using Hamahang.GraphQL.Execution.DataLoaders;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Workshop.Tests.Data;

// The workshop's [DataLoader] methods, as our engine spells them: a class per loader, found by type
// (IResolverContext.DataLoader<T>()), one SQL command per batch.

/// <summary>Attendees by id.</summary>
public sealed class AttendeeByIdDataLoader(IDbContextFactory<WorkshopDbContext> contexts) : DataLoader<int, Attendee>
{
    protected override async ValueTask<IReadOnlyDictionary<int, Attendee>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Attendees.AsNoTracking().Where(a => keys.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
    }
}

/// <summary>Sessions by id.</summary>
public sealed class SessionByIdDataLoader(IDbContextFactory<WorkshopDbContext> contexts) : DataLoader<int, Session>
{
    protected override async ValueTask<IReadOnlyDictionary<int, Session>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Sessions.AsNoTracking().Where(s => keys.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
    }
}

/// <summary>Speakers by id.</summary>
public sealed class SpeakerByIdDataLoader(IDbContextFactory<WorkshopDbContext> contexts) : DataLoader<int, Speaker>
{
    protected override async ValueTask<IReadOnlyDictionary<int, Speaker>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Speakers.AsNoTracking().Where(s => keys.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
    }
}

/// <summary>Tracks by id.</summary>
public sealed class TrackByIdDataLoader(IDbContextFactory<WorkshopDbContext> contexts) : DataLoader<int, Track>
{
    protected override async ValueTask<IReadOnlyDictionary<int, Track>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Tracks.AsNoTracking().Where(t => keys.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
    }
}

/// <summary>The sessions of each attendee.</summary>
public sealed class SessionsByAttendeeIdDataLoader(IDbContextFactory<WorkshopDbContext> contexts) : GroupDataLoader<int, Session>
{
    protected override async ValueTask<ILookup<int, Session>> LoadGroupsAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<SessionAttendee>().AsNoTracking().Where(sa => keys.Contains(sa.AttendeeId))
            .Select(sa => new { sa.AttendeeId, Session = sa.Session! }).ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.AttendeeId, r => r.Session);
    }
}

/// <summary>The sessions of each speaker.</summary>
public sealed class SessionsBySpeakerIdDataLoader(IDbContextFactory<WorkshopDbContext> contexts) : GroupDataLoader<int, Session>
{
    protected override async ValueTask<ILookup<int, Session>> LoadGroupsAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<SessionSpeaker>().AsNoTracking().Where(ss => keys.Contains(ss.SpeakerId))
            .Select(ss => new { ss.SpeakerId, Session = ss.Session! }).ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.SpeakerId, r => r.Session);
    }
}

/// <summary>The speakers of each session.</summary>
public sealed class SpeakersBySessionIdDataLoader(IDbContextFactory<WorkshopDbContext> contexts) : GroupDataLoader<int, Speaker>
{
    protected override async ValueTask<ILookup<int, Speaker>> LoadGroupsAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<SessionSpeaker>().AsNoTracking().Where(ss => keys.Contains(ss.SessionId))
            .Select(ss => new { ss.SessionId, Speaker = ss.Speaker! }).ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.SessionId, r => r.Speaker);
    }
}

/// <summary>The attendees of each session.</summary>
public sealed class AttendeesBySessionIdDataLoader(IDbContextFactory<WorkshopDbContext> contexts) : GroupDataLoader<int, Attendee>
{
    protected override async ValueTask<ILookup<int, Attendee>> LoadGroupsAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<SessionAttendee>().AsNoTracking().Where(sa => keys.Contains(sa.SessionId))
            .Select(sa => new { sa.SessionId, Attendee = sa.Attendee! }).ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.SessionId, r => r.Attendee);
    }
}

/// <summary>The sessions of each track.</summary>
public sealed class SessionsByTrackIdDataLoader(IDbContextFactory<WorkshopDbContext> contexts) : GroupDataLoader<int, Session>
{
    protected override async ValueTask<ILookup<int, Session>> LoadGroupsAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Sessions.AsNoTracking().Where(s => s.TrackId != null && keys.Contains(s.TrackId.Value)).ToListAsync(cancellationToken);
        return rows.ToLookup(s => s.TrackId!.Value);
    }
}
