using System.Globalization;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Errors;
using Hamahang.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Security;

/// <summary>Keys that expire, <c>keys rotate</c>, and saves the store refuses, on a clock the test moves.</summary>
public sealed class KeyRotationTests : IDisposable
{
    private readonly TempDatabase database = new();
    private readonly SettableClock clock = new(new DateTimeOffset(2026, 3, 21, 8, 0, 0, TimeSpan.Zero));
    private readonly ApiKeyCache cache;

    public KeyRotationTests()
    {
        using var db = database.CreateContext();
        db.Database.Migrate();
        cache = KeyCaches.New(clock);
    }

    [Fact]
    public async Task ACachedKeyIsNotServedPastItsExpiry()
    {
        await using var db = database.CreateContext();
        var (record, key) = await new ApiKeyService(db, clock, cache).CreateAsync(ApiKeyRole.Admin, expiresAt: clock.Now.UtcDateTime.AddSeconds(10));
        var verifier = new ApiKeyVerifier(new TempDatabaseContexts(database), cache, clock);
        Assert.NotNull(await verifier.VerifyAsync(key));
        Assert.True(cache.TryGet(record.Prefix, out _));

        // Well within the cache's time to live, but past the key's expiry.
        clock.Now += TimeSpan.FromSeconds(10);
        var check = await verifier.CheckAsync(key);
        Assert.Null(check.Key);
        Assert.Equal(record.Id, check.Expired?.Id);
    }

    [Fact]
    public async Task ARotatedKeyWorksWithinItsGraceAndNotAfterAndTheNewKeyActsForTheSameOne()
    {
        await using var db = database.CreateContext();
        var network = new Organization { Name = "شبکه ناظرین مردمی", Kind = OrganizationKind.ObserversNetwork, Level = OrganizationLevel.City };
        db.Add(network);
        await db.SaveChangesAsync();
        var service = new ApiKeyService(db, clock, cache);
        var (old, oldKey) = await service.CreateAsync(ApiKeyRole.Partner, organizationId: network.Id, name: "Qom");
        var verifier = new ApiKeyVerifier(new TempDatabaseContexts(database), cache, clock);
        Assert.NotNull(await verifier.VerifyAsync(oldKey));

        var (_, fresh, newKey) = await service.RotateAsync(old.Prefix, TimeSpan.FromHours(2));

        Assert.Equal((ApiKeyRole.Partner, (int?)network.Id, (int?)null, "Qom"), (fresh.Role, fresh.OrganizationId, fresh.PersonId, fresh.Name));
        Assert.NotEqual(oldKey, newKey);
        clock.Now += TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1);
        Assert.Equal(old.Id, (await verifier.VerifyAsync(oldKey))?.Id);
        clock.Now += TimeSpan.FromSeconds(1);
        Assert.Null(await verifier.VerifyAsync(oldKey));
        Assert.Equal(fresh.Id, (await verifier.VerifyAsync(newKey))?.Id);

        // An expired key cannot be rotated again; its id is refused as its prefix was.
        await Assert.ThrowsAsync<ArgumentException>(() => service.RotateAsync(old.Id.ToString(CultureInfo.InvariantCulture), TimeSpan.Zero));
        Assert.Equal(2, await db.ApiKeys.CountAsync());
    }

    [Fact]
    public async Task TheKeysCommandCreatesWithExpiryListsItAndRotates()
    {
        await using var db = database.CreateContext();
        using var output = new StringWriter();
        var command = new KeysCommand(new ApiKeyService(db, clock, cache), output, clock);

        Assert.Equal(0, await command.RunAsync(["create", "--role", "Admin", "--expires", "30"]));
        Assert.Contains("Created key 1 (Admin, expires 2026-04-20 08:00 UTC).", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await command.RunAsync(["create", "--role", "Editor", "--expires", "2026-06-01"]));
        Assert.Equal(0, await command.RunAsync(["list"]));
        Assert.Contains("\t2026-06-01 00:00\t-\t", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("\tEditor\t\t", output.ToString(), StringComparison.Ordinal);

        Assert.Equal(0, await command.RunAsync(["rotate", "1", "--grace", "90m"]));
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("Rotated key 1: it stops working at 2026-03-21 09:30 UTC. New key 3 (Admin).", lines[^2], StringComparison.Ordinal);
        Assert.Equal(3, (await new ApiKeyVerifier(new TempDatabaseContexts(database), cache, clock).VerifyAsync(lines[^1]))?.Id);

        await Assert.ThrowsAsync<ArgumentException>(() => command.RunAsync(["create", "--role", "Admin", "--expires", "2020-01-01"]));
        await Assert.ThrowsAsync<ArgumentException>(() => command.RunAsync(["create", "--role", "Admin", "--expires", "soon"]));
        await Assert.ThrowsAsync<ArgumentException>(() => command.RunAsync(["rotate", "3", "--grace", "-1h"]));
        await Assert.ThrowsAsync<ArgumentException>(() => command.RunAsync(["rotate", "--grace", "1h"]));
        Assert.Equal(3, await db.ApiKeys.CountAsync());
    }

    [Fact]
    public async Task AClashingKeyIsAConflictThatSavesNothingAndTheCommandSaysSoInOneLine()
    {
        await using var db = database.CreateContext();
        var service = new ApiKeyService(db, clock, cache);
        var (first, key) = await service.CreateAsync(ApiKeyRole.Admin);
        service.NewKey = () => key[..12] + new string('B', key.Length - 12);

        await Assert.ThrowsAsync<ConflictException>(() => service.CreateAsync(ApiKeyRole.Admin));
        await Assert.ThrowsAsync<ConflictException>(() => service.RotateAsync(first.Prefix, TimeSpan.FromHours(1)));

        using var output = new StringWriter();
        using var errors = new StringWriter();
        var command = new KeysCommand(service, output, clock, errors);
        Assert.Equal(1, await command.RunAsync(["create", "--role", "Editor"]));
        Assert.Equal(1, await command.RunAsync(["rotate", first.Id.ToString(CultureInfo.InvariantCulture)]));
        Assert.Equal(
            ["keys create: nothing was saved: it clashes with a key already saved (or saved at the same moment). Try again.",
             "keys rotate: nothing was saved: it clashes with a key already saved (or saved at the same moment). Try again."],
            errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Empty(output.ToString());

        // Nothing half-written: the old key was not set to expire by the failed rotations.
        var stored = await database.CreateContext().ApiKeys.AsNoTracking().SingleAsync();
        Assert.Equal((first.Id, (DateTime?)null), (stored.Id, stored.ExpiresAt));
        Assert.NotNull(await new ApiKeyVerifier(new TempDatabaseContexts(database), cache, clock).VerifyAsync(key));
    }

    public void Dispose() => database.Dispose();
}
