using System.Globalization;
using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Hamahang.Api.Data;

/// <summary>
/// Every change to a finding is kept in its history (who, when, what), whichever code makes it:
/// filing one without history records the filing, and each update records the fields it changed
/// (in front of the note, when the change brings a note entry of its own).
/// </summary>
internal static class FindingHistoryRecorder
{
    public static void Record(ChangeTracker tracker, string caller)
    {
        foreach (var entry in tracker.Entries<Finding>().ToList())
        {
            var finding = entry.Entity;
            if (entry.State == EntityState.Added && finding.History.Count == 0)
            {
                finding.History.Add(new FindingHistoryEntry { Actor = caller, Status = finding.Status, Change = "Filed" });
            }
            else if (entry.State == EntityState.Modified)
            {
                var changes = entry.Properties
                    .Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)
                        && p.Metadata.Name is not (nameof(Entity.Version) or nameof(Entity.UpdatedAt)) && !p.Metadata.IsShadowProperty())
                    .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Metadata.Name}: {p.OriginalValue ?? "-"} → {p.CurrentValue ?? "-"}"))
                    .ToList();
                // A change made with a note (changeFindingStatus) brings its own entry: the changes go in front of the note.
                var noted = finding.History.FirstOrDefault(h => tracker.Context.Entry(h).State == EntityState.Added);
                if (noted is not null)
                {
                    noted.Status = finding.Status;
                    noted.Change = Truncate(changes.Count > 0 ? $"{string.Join("; ", changes)}. {noted.Change}" : noted.Change);
                }
                else if (changes.Count > 0)
                {
                    finding.History.Add(new FindingHistoryEntry { Actor = caller, Status = finding.Status, Change = Truncate(string.Join("; ", changes)) });
                }
            }
        }
    }

    private static string Truncate(string change) => change.Length <= 2000 ? change : change[..1999] + "…";
}
