using Hamahang.Api.Data;
using Hamahang.Api.Data.Seed;
using Hamahang.Api.Domain;
using Hamahang.Api.Security;
using Hamahang.Api.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Hamahang.Api.Tests.Data.Seed;

public sealed class SeederTests : IDisposable
{
    private readonly TempDatabase database = new();

    public SeederTests()
    {
        using var db = database.CreateContext();
        db.Database.Migrate();
    }

    [Fact]
    public async Task SeedingTwiceAddsNothingTheSecondTime()
    {
        int first, second;
        await using (var db = database.CreateContext())
        {
            first = await new Seeder(db, database.Caller).SeedAsync();
        }

        var counts = await CountsAsync();
        await using (var db = database.CreateContext())
        {
            second = await new Seeder(db, database.Caller).SeedAsync();
        }

        Assert.True(first > 150, $"the first run adds the documents' records, not {first}");
        Assert.Equal(0, second);
        Assert.Equal(counts, await CountsAsync());
    }

    [Fact]
    public async Task SeedingAddsBackOnlyWhatIsMissing()
    {
        await using (var db = database.CreateContext())
        {
            await new Seeder(db, database.Caller).SeedAsync();
            db.Meetings.Remove(await db.Meetings.SingleAsync(m => m.Kind == MeetingKind.Ceremony));
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            // The meeting, its source, 2 attendees, 4 agenda items, 3 outcomes (2 decisions, an emphasis) each with its owner, 2 tags.
            Assert.Equal(16, await new Seeder(db, database.Caller).SeedAsync());
        }
    }

    [Fact]
    public async Task TheSeedHoldsTheDocumentsFacts()
    {
        await using (var db = database.CreateContext())
        {
            await new Seeder(db, database.Caller).SeedAsync();
        }

        await using var check = database.CreateContext();
        var districts = await check.Districts.OrderBy(d => d.Number).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 22), districts.Select(d => d.Number));
        Assert.Equal("منطقه ۲۰", districts[19].Name);
        Assert.Equal("District 20", districts[19].NameEn);

        var consultation = await check.Meetings.Include(m => m.Attendees).ThenInclude(a => a.Person)
            .SingleAsync(m => m.Title.Contains("شبکه ناظرین"));
        Assert.Equal("1402/02/11", Jalali.Format(consultation.StartsAt!.Value));
        Assert.Equal((DatePrecision.Day, true), (consultation.StartsAtPrecision, consultation.StartsAtFromPublication));
        Assert.Contains(consultation.Attendees, a => a.Person?.FullName == "حسین امانلو");

        var ceremony = await check.Meetings.SingleAsync(m => m.Kind == MeetingKind.Ceremony);
        Assert.Equal("1400/07/22", Jalali.Format(ceremony.StartsAt!.Value));
        Assert.Equal((DatePrecision.Day, false), (ceremony.StartsAtPrecision, ceremony.StartsAtFromPublication));

        var qom = await check.Meetings.Include(m => m.SiteVisits).Include(m => m.Decisions).ThenInclude(d => d.WorkingGroups).ThenInclude(g => g.Members)
            .SingleAsync(m => m.Kind == MeetingKind.Coordination);
        Assert.Equal(4, qom.SiteVisits.Count);
        var groups = qom.Decisions.Single().WorkingGroups;
        Assert.Equal(4, groups.Count);
        Assert.All(groups, g => Assert.True(g.Members.Count >= 2));
        Assert.Equal(1, await check.Partnerships.CountAsync(p => p.Organization!.Name == "استانداری قم" && p.District!.Number == 20));

        var findings = await check.Findings.ToListAsync();
        Assert.Equal(Enum.GetValues<FindingCategory>().Order(), findings.Select(f => f.Category).Distinct().Order());
        Assert.Equal(Enum.GetValues<FindingChannel>().Order(), findings.Select(f => f.Channel).Distinct().Order());
        Assert.Single(findings, f => f.IsConfidential);
        Assert.Equal(3, await check.Minutes.CountAsync());
        var published = await check.Minutes.Where(m => m.Status == MinutesStatus.Published).Select(m => m.PublishedAt).ToListAsync();
        Assert.All(published, at => Assert.Equal(DateTimeKind.Utc, at!.Value.Kind));
    }

    [Fact]
    public async Task TheSeedKeepsNoHourOrDateItsSourcesDoNotGiveAndNamesEverySource()
    {
        await using (var db = database.CreateContext())
        {
            await new Seeder(db, database.Caller).SeedAsync();
        }

        await using var check = database.CreateContext();
        var meetings = await check.Meetings.Include(m => m.Source).Include(m => m.Decisions).ThenInclude(d => d.Source).ToListAsync();
        Assert.Equal(6, meetings.Count);
        Assert.DoesNotContain(meetings, m => m.StartsAtPrecision == DatePrecision.Time || m.EndsAt is not null);
        Assert.All(meetings, m => Assert.Equal(m.StartsAtPrecision == DatePrecision.Unknown, m.StartsAt is null));
        Assert.All(meetings, m => Assert.Equal(m.StartsAt, m.StartsAt is { } start ? PreciseDate.Truncate(start, m.StartsAtPrecision) : null));
        Assert.Equal(2, meetings.Count(m => m.StartsAtPrecision == DatePrecision.Unknown));
        Assert.Equal(2, meetings.Count(m => m.StartsAtPrecision == DatePrecision.Year));
        Assert.All(meetings, m => Assert.False(string.IsNullOrWhiteSpace(m.Source?.Outlet)));
        Assert.All(meetings.SelectMany(m => m.Decisions), d => Assert.Same(d.Meeting!.Source, d.Source));
        var observers = meetings.Single(m => m.StartsAtFromPublication);
        Assert.Equal(("خبرایران", "54514", new DateOnly(2023, 5, 1)),
            (observers.Source!.Outlet, observers.Source.NewsCode, observers.Source.PublishedOn!.Value));
        // Shahr-e Rey, the dateline of the Rey welfare meeting, lies in District 20.
        Assert.True(await check.MeetingDistricts.AnyAsync(md => md.Meeting!.Title.Contains("مؤسسات خیریه") && md.District!.Number == 20));
    }

    [Fact]
    public async Task MinutesAreDatedOnlyAsPreciselyAsTheirSourcesPublishedThem()
    {
        await using (var db = database.CreateContext())
        {
            await new Seeder(db, database.Caller).SeedAsync();
        }

        await using var check = database.CreateContext();
        var minutes = await check.Minutes.Include(m => m.Meeting).ToListAsync();
        Minutes Of(string title) => minutes.Single(m => m.Meeting!.Title.Contains(title, StringComparison.Ordinal));

        // District 19: the outlet prints «دوشنبه ۱۱ اردیبهشت ۱۴۰۲ ساعت ۳:۵۸:۱۰ بعد از ظهر», Tehran time.
        var observers = Of("شبکه ناظرین مردمی");
        Assert.Equal(new DateTime(2023, 5, 1, 12, 28, 10, DateTimeKind.Utc), observers.PublishedAt);
        Assert.Equal("1402/02/11 15:58", Jalali.FormatWithTime(observers.PublishedAt!.Value));
        Assert.Equal(DatePrecision.Time, observers.PublishedAtPrecision);

        // District 20: the post gives only its year (#ری_1403); the minutes are dated as the meeting is, to the year.
        var qom = Of("استان معین و پیشتاز قم");
        Assert.Equal(MinutesStatus.Published, qom.Status);
        Assert.Equal(qom.Meeting!.StartsAt, qom.PublishedAt);
        Assert.Equal(DatePrecision.Year, qom.Meeting.StartsAtPrecision);
        Assert.Equal(qom.PublishedAt, PreciseDate.Truncate(qom.PublishedAt!.Value, DatePrecision.Year));
        Assert.Equal(qom.PublishedAt, qom.ApprovedAt);
        Assert.Equal(DatePrecision.Year, qom.PublishedAtPrecision);
        Assert.Equal("1403", PreciseDate.Format(qom.PublishedAt, qom.PublishedAtPrecision));

        // Rey: Raga Press gives no date; the approved minutes have no approval time and are not published.
        var rey = Of("مؤسسات خیریه");
        Assert.Equal((MinutesStatus.Approved, null, null), (rey.Status, rey.ApprovedAt, rey.PublishedAt));
    }

    [Fact]
    public async Task MeetingsAreFilteredAndOrderedByDateInSql()
    {
        await using (var db = database.CreateContext())
        {
            await new Seeder(db, database.Caller).SeedAsync();
        }

        await using var check = database.CreateContext();
        var since = new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var query = check.Meetings.Where(m => m.StartsAt >= since).OrderByDescending(m => m.StartsAt).Select(m => m.StartsAt);
        Assert.Contains("ORDER BY", query.ToQueryString(), StringComparison.Ordinal);
        var starts = await query.ToListAsync();
        // The two District 20 posts give only their year; the undated ones (District 10, Rey) are not after any date.
        Assert.Equal(["1403/01/01", "1403/01/01", "1402/02/11"], starts.Select(s => Jalali.Format(s!.Value)));
        // The source states no finding's due date; none is invented.
        Assert.Equal((4, 0), (await check.Findings.CountAsync(), await check.Findings.CountAsync(f => f.DueDate != null)));
    }

    [Fact]
    public async Task ASearchOfTheSeedFindsWordsWrittenWithTheZeroWidthNonJoiner()
    {
        await using (var db = database.CreateContext())
        {
            await new Seeder(db, database.Caller).SeedAsync();
        }

        await using var check = database.CreateContext();
        var term = PersianText.Normalize("همافزایی")!;
        var titles = await check.Meetings.Where(m => EF.Property<string>(m, "SummaryNormalized").Contains(term)).Select(m => m.Title).ToListAsync();
        Assert.Equal(["نشست هم‌اندیشی با مؤسسات خیریه با محوریت آمادگی در شرایط بحرانی"], titles);
    }

    [Fact]
    public async Task TheHostSeedsOnlyAnEmptyDatabase()
    {
        await using (var db = database.CreateContext())
        {
            db.Districts.Add(new District { Number = 1, Name = "منطقه یک", NameEn = "One" });
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var initializer = new DatabaseInitializer(db, new Seeder(db, database.Caller), new ApiKeyService(db, TimeProvider.System, Security.KeyCaches.New()),
                Options.Create(new DatabaseOptions()), NullLogger<DatabaseInitializer>.Instance);
            Assert.NotNull(await initializer.InitializeAsync());
            Assert.Null(await initializer.InitializeAsync());
        }

        await using var check = database.CreateContext();
        Assert.Equal(1, await check.Districts.CountAsync());
        Assert.Equal(0, await check.Meetings.CountAsync());
        Assert.Equal(1, await check.ApiKeys.CountAsync());
    }

    private async Task<string> CountsAsync()
    {
        await using var db = database.CreateContext();
        return string.Join(",",
            await db.Districts.CountAsync(), await db.Organizations.CountAsync(), await db.People.CountAsync(), await db.Sites.CountAsync(),
            await db.Meetings.CountAsync(), await db.AgendaItems.CountAsync(), await db.MeetingAttendees.CountAsync(), await db.Decisions.CountAsync(),
            await db.WorkingGroups.CountAsync(), await db.Inspections.CountAsync(), await db.Findings.CountAsync(), await db.Minutes.CountAsync(),
            await db.Partnerships.CountAsync(), await db.MeetingTags.CountAsync());
    }

    public void Dispose() => database.Dispose();
}
