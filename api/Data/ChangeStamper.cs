using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Hamahang.Api.Data;

/// <summary>
/// Before a save: timestamps, the next <see cref="Entity.Version"/> and the normalised shadow
/// columns. An update presents the version it read as the original value, so a row whose
/// version moved meanwhile matches nothing and the save fails with a concurrency error.
/// </summary>
internal static class ChangeStamper
{
    public static void Stamp(ChangeTracker tracker, DateTime now)
    {
        foreach (var entry in tracker.Entries<Entity>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Entity.CreatedAt = now;
                    entry.Entity.UpdatedAt = now;
                    entry.Entity.Version = 1;
                    NormalizedColumns.Refresh(entry);
                    break;
                case EntityState.Modified:
                    var version = entry.Property(e => e.Version);
                    version.CurrentValue = version.OriginalValue + 1;
                    entry.Entity.UpdatedAt = now;
                    entry.Property(e => e.CreatedAt).IsModified = false;
                    NormalizedColumns.Refresh(entry);
                    break;
            }
        }
    }
}
