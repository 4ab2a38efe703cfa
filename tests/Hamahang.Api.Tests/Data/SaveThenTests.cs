using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.GraphQL.EntityFramework.Subscriptions;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Data;

/// <summary>
/// A save with something to add once the saved records have their keys (a command's subscription event): it is added
/// after the keys are known and saved with the change's audit entries, in the change's transaction, so a save that fails
/// leaves neither the change, nor its audit, nor the event.
/// </summary>
public sealed class SaveThenTests : IDisposable
{
    private readonly TempDatabase database = new();

    public SaveThenTests()
    {
        using var db = database.CreateContext();
        db.Database.EnsureCreated();
    }

    [Fact]
    public async Task WhatTheSaveAddsOnceTheKeysAreKnownIsSavedWithTheAudit()
    {
        await using var db = database.CreateContext();
        var district = new District { Number = 23, Name = "منطقه ۲۳", NameEn = "District 23" };
        db.Districts.Add(district);
        var seen = 0;

        await db.SaveChangesAsync(() => db.AddTopicEvent("districtAdded", new { districtId = seen = district.Id }), default);

        Assert.NotEqual(0, seen);
        await using var read = database.CreateContext();
        var key = seen.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1, await read.AuditEntries.CountAsync(a => a.EntityType == nameof(District) && a.EntityKey == key));
        var outbox = await read.Set<OutboxMessage>().SingleAsync();
        Assert.Equal($$"""{"districtId":{{seen}}}""", outbox.Payload);
    }

    [Fact]
    public async Task ASaveThatFailsLeavesNeitherTheChangeNorItsAuditNorWhatItWouldHaveAdded()
    {
        await using (var first = database.CreateContext())
        {
            first.Districts.Add(new District { Number = 23, Name = "منطقه ۲۳", NameEn = "District 23" });
            await first.SaveChangesAsync();
        }

        await using var db = database.CreateContext();
        db.Districts.Add(new District { Number = 24, Name = "منطقه ۲۴", NameEn = "District 24" });
        db.Districts.Add(new District { Number = 23, Name = "منطقه ۲۳ دوباره", NameEn = "District 23 again" });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(() => db.AddTopicEvent("districtAdded", new { }), default));

        await using var read = database.CreateContext();
        Assert.Equal([23], await read.Districts.Select(d => d.Number).ToListAsync());
        Assert.Equal(1, await read.AuditEntries.CountAsync());
        Assert.Equal(0, await read.Set<OutboxMessage>().CountAsync());
    }

    public void Dispose() => database.Dispose();
}
