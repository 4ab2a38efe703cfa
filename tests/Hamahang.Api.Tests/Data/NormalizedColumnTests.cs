using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.Text;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Data;

public sealed class NormalizedColumnTests : IDisposable
{
    private readonly TempDatabase database = new();

    public NormalizedColumnTests()
    {
        using var db = database.CreateContext();
        db.Database.Migrate();
        var district = new District { Number = 20, Name = "منطقه ۲۰", NameEn = "District 20" };
        var host = new Organization { Name = "اداره بهزيستي شهرستان ري", Kind = OrganizationKind.Welfare, Level = OrganizationLevel.County };
        db.AddRange(district, host);
        db.Meetings.Add(new Meeting
        {
            Title = "نشست هم‌اندیشی و هم‌افزایی با مؤسسات خیریه",
            Summary = "هم‌افزایی و هماهنگی میان نهادهای حمایتی در ۲۲ منطقه",
            StartsAt = new DateTime(2024, 12, 30, 6, 30, 0, DateTimeKind.Utc),
            HostOrganization = host,
        });
        db.SaveChanges();
    }

    [Fact]
    public void ASearchWithoutTheZeroWidthNonJoinerFindsTheTitleWrittenWithIt()
    {
        using var db = database.CreateContext();
        var term = PersianText.Normalize("همافزایی")!;
        var found = db.Meetings.Where(m => EF.Property<string>(m, NormalizedColumns.For(nameof(Meeting.Title))).Contains(term)).ToList();
        Assert.Single(found);
        Assert.Equal("نشست هم‌اندیشی و هم‌افزایی با مؤسسات خیریه", found[0].Title);
    }

    [Fact]
    public void ASearchWithPersianYehAndKafFindsTextWrittenWithArabicLetters()
    {
        using var db = database.CreateContext();
        var term = PersianText.Normalize("بهزیستی شهرستان ری")!;
        var found = db.Organizations.Where(o => EF.Property<string>(o, NormalizedColumns.For(nameof(Organization.Name))).Contains(term)).Select(o => o.Name)
            .ToList();
        Assert.Equal(["اداره بهزيستي شهرستان ري"], found);
        var arabic = PersianText.Normalize("ري")!;
        Assert.Equal(1, db.Organizations.Count(o => EF.Property<string>(o, "NameNormalized").EndsWith(arabic)));
    }

    [Fact]
    public void DigitsAreSearchedInTheirAsciiForm()
    {
        using var db = database.CreateContext();
        Assert.Equal(1, db.Meetings.Count(m => EF.Property<string>(m, "SummaryNormalized").Contains("22منطقه")));
        Assert.Equal(1, db.Districts.Count(d => EF.Property<string>(d, "NameNormalized") == "منطقه20"));
    }

    [Fact]
    public void TheShadowColumnFollowsAnUpdate()
    {
        using (var db = database.CreateContext())
        {
            var meeting = db.Meetings.Single();
            meeting.Title = "جلسه نظارت ستادي";
            db.SaveChanges();
        }

        using var check = database.CreateContext();
        Assert.Equal("جلسهنظارتستادی", check.Meetings.Select(m => EF.Property<string>(m, "TitleNormalized")).Single());
        Assert.Equal(0, check.Meetings.Count(m => EF.Property<string>(m, "TitleNormalized").Contains("افزایی")));
    }

    [Fact]
    public async Task KeysWrittenWhenSpacesWereKeptAreRewrittenOnceAndNothingElseMoves()
    {
        using (var db = database.CreateContext())
        {
            // What the earlier rule stored: spaces between words.
            await db.Meetings.ExecuteUpdateAsync(s => s
                .SetProperty(m => EF.Property<string>(m, "TitleNormalized"), "نشست هماندیشی و همافزایی با موسسات خیریه")
                .SetProperty(m => EF.Property<string?>(m, "SummaryNormalized"), "همافزایی و هماهنگی"));
            await db.Organizations.ExecuteUpdateAsync(s => s.SetProperty(o => EF.Property<string>(o, "NameNormalized"), "اداره بهزیستی شهرستان ری"));
        }

        var version = ReadVersion();
        using (var db = database.CreateContext())
        {
            Assert.Equal(3, await NormalizedColumns.RefreshStaleAsync(db));
            Assert.Equal(0, await NormalizedColumns.RefreshStaleAsync(db));
        }

        using var check = database.CreateContext();
        var term = PersianText.Normalize("هم اندیشی");
        Assert.Equal(1, check.Meetings.Count(m => EF.Property<string>(m, "TitleNormalized").Contains(term)));
        Assert.Equal("همافزاییوهماهنگیمیاننهادهایحمایتیدر22منطقه", check.Meetings.Select(m => EF.Property<string>(m, "SummaryNormalized")).Single());
        Assert.Equal("ادارهبهزیستیشهرستانری", check.Organizations.Select(o => EF.Property<string>(o, "NameNormalized")).Single());
        Assert.Equal(version, ReadVersion());
    }

    private (long, DateTime) ReadVersion()
    {
        using var db = database.CreateContext();
        return db.Meetings.Select(m => new ValueTuple<long, DateTime>(m.Version, m.UpdatedAt)).Single();
    }

    public void Dispose() => database.Dispose();
}
