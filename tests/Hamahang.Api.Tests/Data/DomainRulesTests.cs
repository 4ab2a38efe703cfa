using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Data;

public sealed class DomainRulesTests : IDisposable
{
    private readonly TempDatabase database = new();
    private readonly int findingId;
    private readonly int minutesId;

    public DomainRulesTests()
    {
        using var db = database.CreateContext();
        db.Database.Migrate();
        var district = new District { Number = 19, Name = "منطقه ۱۹", NameEn = "District 19" };
        var network = new Organization { Name = "شبکه ناظرین مردمی", Kind = OrganizationKind.ObserversNetwork };
        var inspection = new Inspection { Title = "نظارت میدانی", District = district, InspectingOrganization = network, PlannedAt = DateTime.UtcNow };
        var finding = new Finding { Title = "معضل", Category = FindingCategory.Problem, Channel = FindingChannel.Urgent137 };
        inspection.Findings.Add(finding);
        var meeting = new Meeting { Title = "نشست هم‌اندیشی", StartsAt = DateTime.UtcNow };
        var minutes = new Minutes { Revision = 1, Status = MinutesStatus.Published };
        minutes.Sections.Add(new MinutesSection { Heading = "مصوبات", Body = "-" });
        meeting.Minutes.Add(minutes);
        db.AddRange(inspection, meeting);
        db.SaveChanges();
        findingId = finding.Id;
        minutesId = minutes.Id;
    }

    [Fact]
    public void AFindingIsNeverDeleted()
    {
        using (var db = database.CreateContext())
        {
            db.Findings.Remove(db.Findings.Single(f => f.Id == findingId));
            Assert.Throws<DomainRuleException>(() => db.SaveChanges());
        }

        using var check = database.CreateContext();
        Assert.Equal(1, check.Findings.Count());
    }

    [Fact]
    public void AFindingIsDismissedInstead()
    {
        using (var db = database.CreateContext())
        {
            var finding = db.Findings.Single(f => f.Id == findingId);
            finding.Status = FindingStatus.Dismissed;
            finding.DismissalReason = "تکراری";
            db.SaveChanges();
        }

        using var check = database.CreateContext();
        Assert.Equal(FindingStatus.Dismissed, check.Findings.Single().Status);
    }

    [Fact]
    public void EveryChangeToAFindingIsKeptInItsHistoryWithWhoAndWhat()
    {
        database.Caller.IdentifyAs("apikey:3:Inspector");
        using (var db = database.CreateContext())
        {
            var finding = db.Findings.Single(f => f.Id == findingId);
            finding.Status = FindingStatus.Referred;
            finding.Severity = FindingSeverity.High;
            db.SaveChanges();
        }

        using var check = database.CreateContext();
        var history = check.FindingHistory.Where(h => h.FindingId == findingId).OrderBy(h => h.Id).ToList();
        Assert.Equal(2, history.Count);
        Assert.Equal(("system", FindingStatus.Filed, "Filed"), (history[0].Actor, history[0].Status, history[0].Change));
        Assert.Equal("apikey:3:Inspector", history[1].Actor);
        Assert.Equal(FindingStatus.Referred, history[1].Status);
        Assert.Contains("Status: Filed → Referred", history[1].Change, StringComparison.Ordinal);
        Assert.Contains("Severity: Low → High", history[1].Change, StringComparison.Ordinal);
    }

    [Fact]
    public void PublishedMinutesNeverChange()
    {
        using (var db = database.CreateContext())
        {
            var minutes = db.Minutes.Single(m => m.Id == minutesId);
            minutes.Status = MinutesStatus.Draft;
            Assert.Throws<DomainRuleException>(() => db.SaveChanges());
        }

        using (var db = database.CreateContext())
        {
            db.Minutes.Remove(db.Minutes.Single(m => m.Id == minutesId));
            Assert.Throws<DomainRuleException>(() => db.SaveChanges());
        }

        using var check = database.CreateContext();
        Assert.Equal(MinutesStatus.Published, check.Minutes.Single().Status);
        Assert.Equal(0, check.AuditEntries.Count(a => a.Operation != AuditOperation.Insert));
    }

    [Fact]
    public void ACorrectionIsANewRevisionThatAmendsThePublishedOne()
    {
        using (var db = database.CreateContext())
        {
            var published = db.Minutes.Single(m => m.Id == minutesId);
            db.Minutes.Add(new Minutes { MeetingId = published.MeetingId, Revision = 2, Status = MinutesStatus.Draft, Amends = published });
            db.SaveChanges();
        }

        using var check = database.CreateContext();
        Assert.Equal(minutesId, check.Minutes.Single(m => m.Revision == 2).AmendsId);
    }

    public void Dispose() => database.Dispose();
}
