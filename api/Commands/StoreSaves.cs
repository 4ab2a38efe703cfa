using Hamahang.Api.Data;
using Hamahang.Api.GraphQL.Errors;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Commands;

/// <summary>The one way a change is saved, for commands and for the <c>keys</c> command alike.</summary>
public static class StoreSaves
{
    /// <summary>
    /// Saves the tracked change. A save the store refuses (a unique key that clashes, a reference a write at the
    /// same moment removed, a version that moved) is a <see cref="ConflictException"/> holding the store's error;
    /// on any failure nothing stays tracked, so nothing half-done is saved later. <paramref name="then"/> adds what the saved
    /// records' keys make, saved with their audit entries (<see cref="AppDbContext.SaveChangesAsync(Action?, CancellationToken)"/>).
    /// </summary>
    public static Task SaveOrConflictAsync(this AppDbContext db, CancellationToken cancellationToken) => db.SaveOrConflictAsync(null, cancellationToken);

    /// <inheritdoc cref="SaveOrConflictAsync(AppDbContext, CancellationToken)" />
    public static async Task SaveOrConflictAsync(this AppDbContext db, Action? then, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(then, cancellationToken);
        }
        catch (DbUpdateException e)
        {
            db.ChangeTracker.Clear();
            throw new ConflictException(e);
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }
}
