using Hamahang.Api.Domain;
using Hamahang.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Security;

public sealed class ApiKeyTests : IDisposable
{
    private readonly TempDatabase database = new();
    private readonly ApiKeyCache cache = KeyCaches.New();
    private readonly int personId;
    private readonly int organizationId;

    public ApiKeyTests()
    {
        using var db = database.CreateContext();
        db.Database.Migrate();
        var network = new Organization { Name = "شبکه ناظرین مردمی", Kind = OrganizationKind.ObserversNetwork, Level = OrganizationLevel.City };
        var person = new Person { FullName = "حسین امانلو", Organization = network };
        db.AddRange(network, person);
        db.SaveChanges();
        personId = person.Id;
        organizationId = network.Id;
    }

    [Fact]
    public async Task ACreatedKeyVerifiesAsItsRecordWithRoleAndBinding()
    {
        await using var db = database.CreateContext();
        var (_, key) = await new ApiKeyService(db, TimeProvider.System, cache).CreateAsync(ApiKeyRole.Inspector, personId: personId);

        var record = await new ApiKeyVerifier(new TempDatabaseContexts(database), cache, TimeProvider.System).VerifyAsync(key);

        Assert.NotNull(record);
        Assert.Equal(ApiKeyRole.Inspector, record.Role);
        Assert.Equal(personId, record.PersonId);
        Assert.Null(record.OrganizationId);
    }

    [Fact]
    public async Task KeysAreRandomPrefixedAndStoredOnlyAsTheirHash()
    {
        await using var db = database.CreateContext();
        var service = new ApiKeyService(db, TimeProvider.System, cache);
        var (record, key) = await service.CreateAsync(ApiKeyRole.Admin);
        var (_, other) = await service.CreateAsync(ApiKeyRole.Admin);

        Assert.StartsWith("hmh_", key, StringComparison.Ordinal);
        Assert.Equal(47, key.Length);
        Assert.NotEqual(key, other);
        var stored = await database.CreateContext().ApiKeys.AsNoTracking().SingleAsync(k => k.Id == record.Id);
        Assert.DoesNotContain(key[4..], stored.Hash + stored.Prefix + stored.Name, StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key))), stored.Hash);
        Assert.Equal(key[..12], stored.Prefix);
    }

    [Fact]
    public async Task AnUnknownOrMalformedKeyDoesNotVerify()
    {
        await using var db = database.CreateContext();
        var (_, key) = await new ApiKeyService(db, TimeProvider.System, cache).CreateAsync(ApiKeyRole.Partner, organizationId: organizationId);
        var verifier = new ApiKeyVerifier(new TempDatabaseContexts(database), cache, TimeProvider.System);

        // Same prefix, another secret: found by prefix, refused by the hash.
        var forged = key[..12] + new string('A', key.Length - 12);
        Assert.Null(await verifier.VerifyAsync(forged));
        Assert.Null(await verifier.VerifyAsync(ApiKeyFormat.NewKey()));
        Assert.Null(await verifier.VerifyAsync(key + "x"));
        Assert.Null(await verifier.VerifyAsync(""));
        Assert.Null(await verifier.VerifyAsync(null));
        Assert.NotNull(await verifier.VerifyAsync(key));
    }

    [Fact]
    public async Task ARevokedKeyNoLongerVerifies()
    {
        await using var db = database.CreateContext();
        var service = new ApiKeyService(db, TimeProvider.System, cache);
        var (record, key) = await service.CreateAsync(ApiKeyRole.Integrator);
        var verifier = new ApiKeyVerifier(new TempDatabaseContexts(database), cache, TimeProvider.System);
        Assert.NotNull(await verifier.VerifyAsync(key));

        Assert.True(await service.RevokeAsync(record.Id));

        Assert.Null(await verifier.VerifyAsync(key));
        Assert.False(await service.RevokeAsync(record.Id));
    }

    [Fact]
    public async Task AKeyRevokedOnThisHostIsRefusedAtOnceThoughItsRecordWasCached()
    {
        var clock = new SettableClock(DateTimeOffset.UtcNow);
        var hostCache = KeyCaches.New(clock);
        await using var db = database.CreateContext();
        var service = new ApiKeyService(db, clock, hostCache);
        var (record, key) = await service.CreateAsync(ApiKeyRole.Admin);
        var verifier = new ApiKeyVerifier(new TempDatabaseContexts(database), hostCache, clock);
        Assert.NotNull(await verifier.VerifyAsync(key));
        Assert.True(hostCache.TryGet(record.Prefix, out _));

        Assert.True(await service.RevokeAsync(record.Id));

        // The same instant: no time to live has passed, the revocation alone refuses it.
        Assert.Null(await verifier.VerifyAsync(key));
    }

    [Fact]
    public async Task AnotherHostTrustsItsCopyOfARevokedKeyNoLongerThanTheTimeToLive()
    {
        var clock = new SettableClock(DateTimeOffset.UtcNow);
        var here = KeyCaches.New(clock);
        var there = KeyCaches.New(clock);
        await using var db = database.CreateContext();
        var service = new ApiKeyService(db, clock, here);
        var (record, key) = await service.CreateAsync(ApiKeyRole.Editor);
        var elsewhere = new ApiKeyVerifier(new TempDatabaseContexts(database), there, clock);
        Assert.NotNull(await elsewhere.VerifyAsync(key));

        Assert.True(await service.RevokeAsync(record.Id));
        Assert.Null(await new ApiKeyVerifier(new TempDatabaseContexts(database), here, clock).VerifyAsync(key));

        // The other host answers from its copy, without a query, until the copy lapses.
        clock.Now += new ApiKeyCacheOptions().TimeToLive - TimeSpan.FromSeconds(1);
        Assert.NotNull(await elsewhere.VerifyAsync(key));
        clock.Now += TimeSpan.FromSeconds(1);
        Assert.Null(await elsewhere.VerifyAsync(key));
    }

    [Fact]
    public async Task RandomKeysAreNotCachedAndTheCacheStopsGrowingAtItsCapacity()
    {
        var small = new ApiKeyCache(Microsoft.Extensions.Options.Options.Create(new ApiKeyCacheOptions { Capacity = 1 }), TimeProvider.System);
        await using var db = database.CreateContext();
        var service = new ApiKeyService(db, TimeProvider.System, small);
        var (first, firstKey) = await service.CreateAsync(ApiKeyRole.Admin);
        var (second, secondKey) = await service.CreateAsync(ApiKeyRole.Admin);
        var verifier = new ApiKeyVerifier(new TempDatabaseContexts(database), small, TimeProvider.System);

        var random = ApiKeyFormat.NewKey();
        Assert.Null(await verifier.VerifyAsync(random));
        Assert.False(small.TryGet(ApiKeyFormat.PrefixOf(random), out _));
        Assert.NotNull(await verifier.VerifyAsync(firstKey));
        Assert.NotNull(await verifier.VerifyAsync(secondKey));
        Assert.True(small.TryGet(first.Prefix, out _));
        Assert.False(small.TryGet(second.Prefix, out _));
    }

    [Fact]
    public async Task PartnerAndInspectorKeysMustBeBoundToSomeoneWhoExists()
    {
        await using var db = database.CreateContext();
        var service = new ApiKeyService(db, TimeProvider.System, cache);
        await Assert.ThrowsAsync<ArgumentException>(() => service.CreateAsync(ApiKeyRole.Partner));
        await Assert.ThrowsAsync<ArgumentException>(() => service.CreateAsync(ApiKeyRole.Inspector, personId: personId + 1000));
        await Assert.ThrowsAsync<ArgumentException>(() => service.CreateAsync(ApiKeyRole.Partner, organizationId: organizationId + 1000));
        Assert.Equal(0, await db.ApiKeys.CountAsync());
    }

    [Fact]
    public async Task TheKeysCommandCreatesListsAndRevokes()
    {
        await using var db = database.CreateContext();
        var service = new ApiKeyService(db, TimeProvider.System, cache);
        using var output = new StringWriter();
        var command = new KeysCommand(service, output, TimeProvider.System);

        Assert.Equal(0,
            await command.RunAsync(["create", "--role", "Inspector", "--person", personId.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
        var key = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        var record = await new ApiKeyVerifier(new TempDatabaseContexts(database), cache, TimeProvider.System).VerifyAsync(key);
        Assert.NotNull(record);
        Assert.Equal(ApiKeyRole.Inspector, record.Role);

        Assert.Equal(0, await command.RunAsync(["list"]));
        Assert.Contains($"{record.Id}\t{key[..12]}\tInspector\tperson {personId}", output.ToString(), StringComparison.Ordinal);

        Assert.Equal(0, await command.RunAsync(["revoke", record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
        Assert.Null(await new ApiKeyVerifier(new TempDatabaseContexts(database), cache, TimeProvider.System).VerifyAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => command.RunAsync(["create", "--role", "Janitor"]));
    }

    public void Dispose() => database.Dispose();
}
