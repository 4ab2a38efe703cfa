using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Data;

public sealed class AuditTests : IDisposable
{
    private readonly TempDatabase database = new();

    public AuditTests()
    {
        using var db = database.CreateContext();
        db.Database.Migrate();
    }

    [Fact]
    public void EveryInsertUpdateAndDeleteWritesAnAuditEntryNamingTheActor()
    {
        database.Caller.IdentifyAs("apikey:7:Editor");
        int id;
        using (var db = database.CreateContext())
        {
            var district = new District { Number = 20, Name = "منطقه ۲۰", NameEn = "District 20" };
            db.Districts.Add(district);
            db.SaveChanges();
            id = district.Id;
            district.AreaName = "شهرری";
            db.SaveChanges();
            db.Districts.Remove(district);
            db.SaveChanges();
        }

        using var check = database.CreateContext();
        var entries = check.AuditEntries.OrderBy(a => a.Id).ToList();
        Assert.Equal([AuditOperation.Insert, AuditOperation.Update, AuditOperation.Delete], entries.Select(e => e.Operation));
        Assert.All(entries, e => Assert.Equal("apikey:7:Editor", e.Actor));
        Assert.All(entries, e => Assert.Equal(nameof(District), e.EntityType));
        Assert.All(entries, e => Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), e.EntityKey));
        Assert.Contains("\"Name\":\"منطقه ۲۰\"", entries[0].After, StringComparison.Ordinal);
        Assert.Null(entries[0].Before);
        Assert.Contains("\"AreaName\":null", entries[1].Before, StringComparison.Ordinal);
        Assert.Contains("\"AreaName\":\"شهرری\"", entries[1].After, StringComparison.Ordinal);
        Assert.Contains("\"Version\":2", entries[1].After, StringComparison.Ordinal);
        Assert.Contains("\"AreaName\":\"شهرری\"", entries[2].Before, StringComparison.Ordinal);
        Assert.Null(entries[2].After);
    }

    [Fact]
    public void AFailingSaveWritesNeitherTheChangeNorItsAudit()
    {
        using (var db = database.CreateContext())
        {
            db.Districts.Add(new District { Number = 19, Name = "منطقه ۱۹", NameEn = "District 19" });
            // The organization's district does not exist: the foreign key fails the whole save.
            db.Organizations.Add(new Organization { Name = "شهرداری منطقه ۱۹", DistrictId = 999 });
            Assert.Throws<DbUpdateException>(() => db.SaveChanges());
        }

        using var check = database.CreateContext();
        Assert.Equal(0, check.Districts.Count());
        Assert.Equal(0, check.AuditEntries.Count());
    }

    [Fact]
    public async Task AnAsyncSaveIsAuditedInTheSameWay()
    {
        await using (var db = database.CreateContext())
        {
            db.Districts.Add(new District { Number = 1, Name = "منطقه ۱", NameEn = "District 1" });
            db.Districts.Add(new District { Number = 2, Name = "منطقه ۲", NameEn = "District 2" });
            await db.SaveChangesAsync();
        }

        await using var check = database.CreateContext();
        var keys = (await check.Districts.Select(d => d.Id).ToListAsync()).Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var audited = await check.AuditEntries.Where(a => a.Operation == AuditOperation.Insert).Select(a => a.EntityKey).ToListAsync();
        Assert.Equal(keys.Order(), audited.Order());
        Assert.Equal("system", (await check.AuditEntries.FirstAsync()).Actor);
    }

    public void Dispose() => database.Dispose();
}
