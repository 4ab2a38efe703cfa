using Hamahang.GraphQL.Execution.DataLoaders;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Workshop.Tests.Data;

// The workshop's [DataLoader] methods over join tables, as our engine spells them: a class per loader, found by type
// (IResolverContext.DataLoader<T>()), one SQL command per batch. Loaders by key and by foreign key are the engine's
// DbSet loaders (Loaders.cs).

/// <summary>The sessions of each attendee.</summary>
public sealed class SessionsByAttendeeIdDataLoader(IDbContextFactory<WorkshopDbContext> contexts) : GroupedDataLoader<int, Session>
{
    protected override async ValueTask<ILookup<int, Session>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<SessionAttendee>().AsNoTracking().Where(sa => keys.Contains(sa.AttendeeId))
            .Select(sa => new { sa.AttendeeId, Session = sa.Session! }).ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.AttendeeId, r => r.Session);
    }
}

/// <summary>The sessions of each speaker.</summary>
public sealed class SessionsBySpeakerIdDataLoader(IDbContextFactory<WorkshopDbContext> contexts) : GroupedDataLoader<int, Session>
{
    protected override async ValueTask<ILookup<int, Session>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<SessionSpeaker>().AsNoTracking().Where(ss => keys.Contains(ss.SpeakerId))
            .Select(ss => new { ss.SpeakerId, Session = ss.Session! }).ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.SpeakerId, r => r.Session);
    }
}

/// <summary>The speakers of each session.</summary>
public sealed class SpeakersBySessionIdDataLoader(IDbContextFactory<WorkshopDbContext> contexts) : GroupedDataLoader<int, Speaker>
{
    protected override async ValueTask<ILookup<int, Speaker>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<SessionSpeaker>().AsNoTracking().Where(ss => keys.Contains(ss.SessionId))
            .Select(ss => new { ss.SessionId, Speaker = ss.Speaker! }).ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.SessionId, r => r.Speaker);
    }
}

/// <summary>The attendees of each session.</summary>
public sealed class AttendeesBySessionIdDataLoader(IDbContextFactory<WorkshopDbContext> contexts) : GroupedDataLoader<int, Attendee>
{
    protected override async ValueTask<ILookup<int, Attendee>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<SessionAttendee>().AsNoTracking().Where(sa => keys.Contains(sa.SessionId))
            .Select(sa => new { sa.SessionId, Attendee = sa.Attendee! }).ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.SessionId, r => r.Attendee);
    }
}
