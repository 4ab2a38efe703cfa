using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Data;

public sealed class ConcurrencyTests : IDisposable
{
    private readonly TempDatabase database = new();
    private readonly int districtId;

    public ConcurrencyTests()
    {
        using var db = database.CreateContext();
        db.Database.Migrate();
        var district = new District { Number = 10, Name = "منطقه ۱۰", NameEn = "District 10" };
        db.Districts.Add(district);
        db.SaveChanges();
        districtId = district.Id;
    }

    [Fact]
    public void EachUpdateIncrementsTheVersionAndStampsUpdatedAtInUtc()
    {
        DateTime createdAt;
        using (var db = database.CreateContext())
        {
            createdAt = db.Districts.Single(d => d.Id == districtId).CreatedAt;
        }

        var clock = new FixedClock(new DateTimeOffset(2023, 5, 1, 6, 30, 0, TimeSpan.Zero));
        using (var db = database.CreateContext(clock))
        {
            var district = db.Districts.Single(d => d.Id == districtId);
            Assert.Equal(1, district.Version);
            district.AreaName = "دیار مهر و ایمان";
            db.SaveChanges();
            Assert.Equal(2, district.Version);
        }

        using var check = database.CreateContext();
        var stored = check.Districts.Single(d => d.Id == districtId);
        Assert.Equal(2, stored.Version);
        Assert.Equal(new DateTime(2023, 5, 1, 6, 30, 0, DateTimeKind.Utc), stored.UpdatedAt);
        Assert.Equal(DateTimeKind.Utc, stored.UpdatedAt.Kind);
        Assert.Equal(createdAt, stored.CreatedAt);
        Assert.NotEqual(stored.CreatedAt, stored.UpdatedAt);
    }

    [Fact]
    public void AnUpdateFromAStaleVersionIsRejectedAndWritesNoAudit()
    {
        using var first = database.CreateContext();
        using var second = database.CreateContext();
        var mine = first.Districts.Single(d => d.Id == districtId);
        var theirs = second.Districts.Single(d => d.Id == districtId);
        theirs.AreaName = "نخست";
        second.SaveChanges();

        mine.AreaName = "دوم";
        Assert.Throws<DbUpdateConcurrencyException>(() => first.SaveChanges());

        using var check = database.CreateContext();
        Assert.Equal("نخست", check.Districts.Single(d => d.Id == districtId).AreaName);
        Assert.Equal(1, check.AuditEntries.Count(a => a.Operation == AuditOperation.Update));
    }

    [Fact]
    public void AnUpdatePresentingTheVersionTheClientSawFailsWhenItMoved()
    {
        using (var db = database.CreateContext())
        {
            db.Districts.Single(d => d.Id == districtId).AreaName = "تغییر";
            db.SaveChanges();
        }

        using var client = database.CreateContext();
        var district = client.Districts.Single(d => d.Id == districtId);
        // The client read version 1 before the change above.
        client.ExpectVersion(district, 1);
        district.NameEn = "Tenth District";
        Assert.Throws<DbUpdateConcurrencyException>(() => client.SaveChanges());
    }

    [Fact]
    public void AnUpdatePresentingTheCurrentVersionSucceeds()
    {
        using (var client = database.CreateContext())
        {
            var district = client.Districts.Single(d => d.Id == districtId);
            client.ExpectVersion(district, 1);
            district.NameEn = "Tenth District";
            client.SaveChanges();
        }

        using var check = database.CreateContext();
        Assert.Equal(("Tenth District", 2L), check.Districts.Where(d => d.Id == districtId).Select(d => new Tuple<string, long>(d.NameEn, d.Version)).Single()
            .ToValueTuple());
    }

    public void Dispose() => database.Dispose();
}
