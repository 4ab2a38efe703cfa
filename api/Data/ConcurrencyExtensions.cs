using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Data;

/// <summary>How an update states the version its client saw.</summary>
public static class ConcurrencyExtensions
{
    /// <summary>
    /// The save updates <paramref name="entity"/> only if its stored version is still
    /// <paramref name="version"/>; otherwise it throws <see cref="DbUpdateConcurrencyException"/>
    /// (the API's ConcurrencyError) and writes nothing.
    /// </summary>
    public static void ExpectVersion<T>(this DbContext db, T entity, long version)
        where T : Entity
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Entry(entity).Property(e => e.Version).OriginalValue = version;
    }
}
