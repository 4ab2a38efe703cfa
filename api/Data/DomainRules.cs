using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Hamahang.Api.Data;

/// <summary>
/// The record-keeping rules no save may break, whoever makes it: a finding is never deleted (it
/// is dismissed, with a reason), and published minutes never change (a correction is a new
/// revision that amends them).
/// </summary>
internal static class DomainRules
{
    public static void Check(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries())
        {
            switch (entry)
            {
                case { Entity: Finding, State: EntityState.Deleted }:
                    throw new DomainRuleException("A finding is never deleted; dismiss it with a reason.");
                case { Entity: Minutes, State: EntityState.Modified or EntityState.Deleted }
                    when Equals(entry.Property(nameof(Minutes.Status)).OriginalValue, MinutesStatus.Published):
                    throw new DomainRuleException("Published minutes never change; amend them with a new revision.");
            }
        }
    }
}

/// <summary>A save that would break one of the <see cref="DomainRules"/>; nothing is written.</summary>
public sealed class DomainRuleException(string message) : InvalidOperationException(message);
