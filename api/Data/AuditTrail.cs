using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Hamahang.Api.Data;

/// <summary>
/// Captures what a save changes, before it runs (the values before an update or a delete),
/// and turns it into <see cref="AuditEntry"/> rows after it ran (when inserted rows have keys).
/// </summary>
internal sealed class AuditTrail
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly List<Pending> pending = [];

    public bool IsEmpty => pending.Count == 0;

    public static AuditTrail Capture(ChangeTracker tracker)
    {
        var trail = new AuditTrail();
        foreach (var entry in tracker.Entries<Entity>())
        {
            if (entry.Entity is AuditEntry)
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    trail.pending.Add(new(entry, AuditOperation.Insert, null, null));
                    break;
                case EntityState.Modified:
                    var changed = entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList();
                    trail.pending.Add(new(entry, AuditOperation.Update,
                        Serialize(changed.Select(p => (p.Metadata.Name, p.OriginalValue))),
                        Serialize(changed.Select(p => (p.Metadata.Name, p.CurrentValue)))));
                    break;
                case EntityState.Deleted:
                    trail.pending.Add(new(entry, AuditOperation.Delete, Serialize(entry.Properties.Select(p => (p.Metadata.Name, p.OriginalValue))), null));
                    break;
            }
        }

        return trail;
    }

    public IEnumerable<AuditEntry> ToEntries(string caller) => pending.Select(p => new AuditEntry
    {
        Actor = caller,
        Operation = p.Operation,
        EntityType = p.Entry.Metadata.ClrType.Name,
        EntityKey = Convert.ToString(p.Entry.Property(nameof(Entity.Id)).CurrentValue, CultureInfo.InvariantCulture) ?? "",
        Before = p.Before,
        After = p.Operation == AuditOperation.Insert
            ? Serialize(p.Entry.Properties.Select(x => (x.Metadata.Name, x.CurrentValue)))
            : p.After,
    });

    private static string Serialize(IEnumerable<(string Name, object? Value)> values) =>
        JsonSerializer.Serialize(values.ToDictionary(v => v.Name, v => v.Value), Json);

    private sealed record Pending(EntityEntry<Entity> Entry, AuditOperation Operation, string? Before, string? After);
}
