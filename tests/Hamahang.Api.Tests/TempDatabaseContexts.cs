using Hamahang.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests;

/// <summary>Contexts on a <see cref="TempDatabase"/>, a new one per call, counted.</summary>
internal sealed class TempDatabaseContexts(TempDatabase database) : IDbContextFactory<AppDbContext>
{
    private int created;

    /// <summary>How many contexts were made.</summary>
    public int Created => created;

    public AppDbContext CreateDbContext()
    {
        Interlocked.Increment(ref created);
        return database.CreateContext();
    }
}
