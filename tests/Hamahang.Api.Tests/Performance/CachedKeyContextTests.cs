using Hamahang.Api.Domain;
using Hamahang.Api.Security;
using Hamahang.Api.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Performance;

/// <summary>A request with a cached key makes no database context; a miss (first use, after a revocation here) makes one.</summary>
public sealed class CachedKeyContextTests : IDisposable
{
    private readonly TempDatabase database = new();

    public CachedKeyContextTests()
    {
        using var db = database.CreateContext();
        db.Database.Migrate();
    }

    [Fact]
    public async Task ACachedKeyIsVerifiedWithoutAContextAndARevokedOneIsReadAgainAndRefused()
    {
        var cache = KeyCaches.New();
        await using var db = database.CreateContext();
        var service = new ApiKeyService(db, TimeProvider.System, cache);
        var (record, key) = await service.CreateAsync(ApiKeyRole.Admin);
        var contexts = new TempDatabaseContexts(database);
        var verifier = new ApiKeyVerifier(contexts, cache, TimeProvider.System);

        Assert.NotNull(await verifier.VerifyAsync(key));
        Assert.Equal(1, contexts.Created);
        for (var i = 0; i < 5; i++)
        {
            Assert.NotNull(await new ApiKeyVerifier(contexts, cache, TimeProvider.System).VerifyAsync(key));
        }

        Assert.Equal(1, contexts.Created);

        Assert.True(await service.RevokeAsync(record.Id));
        Assert.Null(await verifier.VerifyAsync(key));
        Assert.Equal(2, contexts.Created);
    }

    [Fact]
    public async Task AnUnknownKeyIsReadEveryTime()
    {
        var contexts = new TempDatabaseContexts(database);
        var verifier = new ApiKeyVerifier(contexts, KeyCaches.New(), TimeProvider.System);
        var unknown = ApiKeyFormat.NewKey();

        Assert.Null(await verifier.VerifyAsync(unknown));
        Assert.Null(await verifier.VerifyAsync(unknown));
        Assert.Null(await verifier.VerifyAsync("not a key"));

        Assert.Equal(2, contexts.Created);
    }

    public void Dispose() => database.Dispose();
}
