using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Errors;
using Hamahang.Api.Inspections;
using Hamahang.Api.Tests.Commands;
using Hamahang.GraphQL.EntityFramework.Subscriptions;
using Microsoft.EntityFrameworkCore;
using ValidationException = Hamahang.Api.GraphQL.Errors.ValidationException;

namespace Hamahang.Api.Tests.Inspections;

public sealed class FindingCommandsTests : IDisposable
{
    private const string Unannounced = "نظارت سرزده شبکه ناظرین مردمی بر مراکز خدمات شهری منطقه ۱۹";
    private readonly CommandHarness harness = new();

    private int InspectionId => harness.Read(db => db.Inspections.Single(i => i.Title == Unannounced).Id);

    private ApiKey Amanlou => harness.Inspector("Hossein Amanlou");

    private FileFindingInput Input(string? key = null) => new()
    {
        InspectionId = InspectionId,
        Category = FindingCategory.Problem,
        Severity = FindingSeverity.Medium,
        Title = "  پسماند رهاشده در بوستان  ",
        Channel = FindingChannel.Field,
        IdempotencyKey = key,
    };

    [Fact]
    public async Task AnAssignedInspectorFilesAFindingWithItsHistoryAuditAndEvent()
    {
        var (_, audit) = harness.Counts();
        var finding = await harness.As<FindingCommands, Finding>(Amanlou, c => c.FileAsync(Input(), default));

        Assert.Equal("پسماند رهاشده در بوستان", finding.Title);
        Assert.Equal(FindingStatus.Filed, finding.Status);
        Assert.Equal("Filed", harness.Read(db => db.FindingHistory.Single(h => h.FindingId == finding.Id).Change));
        Assert.Contains(harness.Read(db => db.AuditEntries.Where(a => a.EntityType == nameof(Finding)).Select(a => a.EntityKey).ToList()),
            k => k == finding.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(harness.Counts().Audit > audit);
        var outbox = harness.Read(db => db.Set<OutboxMessage>().Single());
        Assert.Equal("findingFiled:19", outbox.Topic);
        Assert.Contains($"\"findingId\":{finding.Id}", outbox.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARetryWithTheSameKeyReturnsTheFirstFindingAndFilesNothing()
    {
        var first = await harness.As<FindingCommands, Finding>(Amanlou, c => c.FileAsync(Input("retry-1"), default));
        var counts = harness.Counts();
        var second = await harness.As<FindingCommands, Finding>(Amanlou, c => c.FileAsync(Input("retry-1"), default));

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(counts, harness.Counts());
        Assert.Equal(1, harness.Read(db => db.Set<OutboxMessage>().Count()));
        var other = await harness.As<FindingCommands, Finding>(Amanlou, c => c.FileAsync(Input("retry-2"), default));
        Assert.NotEqual(first.Id, other.Id);
    }

    [Fact]
    public async Task TwoRetriesRacingWithOneKeyFileOneFinding()
    {
        var attempts = Enumerable.Range(0, 4).Select(_ => harness.As<FindingCommands, Finding>(Amanlou, c => c.FileAsync(Input("race"), default)));
        var findings = await Task.WhenAll(attempts);

        Assert.Single(findings.Select(f => f.Id).Distinct());
        Assert.Equal(1, harness.Read(db => db.Findings.Count(f => f.Title == "پسماند رهاشده در بوستان")));
        Assert.Equal(1, harness.Read(db => db.IdempotencyRecords.Count(r => r.Key == "race")));
    }

    [Fact]
    public async Task TheSameKeyFromAnotherCallerFilesItsOwnFinding()
    {
        var mine = await harness.As<FindingCommands, Finding>(Amanlou, c => c.FileAsync(Input("shared"), default));
        var theirs = await harness.As<FindingCommands, Finding>(CommandHarness.Admin, c => c.FileAsync(Input("shared"), default));
        Assert.NotEqual(mine.Id, theirs.Id);
    }

    [Fact]
    public async Task AnInspectorNotAssignedToTheInspectionIsRefusedAndNothingIsWritten()
    {
        var counts = harness.Counts();
        var stranger = harness.Inspector("Touraj Farhadi");
        await Assert.ThrowsAsync<NotAuthorizedException>(() => harness.As<FindingCommands, Finding>(stranger, c => c.FileAsync(Input(), default)));
        Assert.Equal(counts, harness.Counts());
    }

    [Fact]
    public async Task AnInvalidInputNamesEveryFailingFieldAndWritesNothing()
    {
        var counts = harness.Counts();
        var input = Input() with { Title = " ", InspectionId = 0, Severity = (FindingSeverity)42, IdempotencyKey = new string('k', 129) };
        var error = await Assert.ThrowsAsync<AggregateException>(() => harness.As<FindingCommands, Finding>(Amanlou, c => c.FileAsync(input, default)));

        var fields = error.InnerExceptions.Cast<ValidationException>().Select(e => e.Field).Order().ToList();
        Assert.Equal(["idempotencyKey", "inspectionId", "severity", "title"], fields);
        Assert.Contains(error.InnerExceptions, e => e.Message == "'title' must not be empty.");
        Assert.Equal(counts, harness.Counts());
    }

    [Fact]
    public async Task AnUnknownInspectionIsNotFound()
    {
        var input = Input() with { InspectionId = 9999 };
        var error = await Assert.ThrowsAsync<NotFoundException>(() => harness.As<FindingCommands, Finding>(Amanlou, c => c.FileAsync(input, default)));
        Assert.Equal(nameof(Inspection), error.Type);
    }

    [Fact]
    public async Task AStatusChangeKeepsTheChangeAndTheNoteInTheHistory()
    {
        var filed = await harness.As<FindingCommands, Finding>(Amanlou, c => c.FileAsync(Input(), default));
        var changed = await harness.As<FindingCommands, Finding>(Amanlou, c => c.ChangeStatusAsync(
            new ChangeFindingStatusInput { Id = filed.Id, Version = filed.Version,
                Status = FindingStatus.Referred, Note = "ارجاع به معاونت خدمات شهری" }, default));

        Assert.Equal(FindingStatus.Referred, changed.Status);
        Assert.Equal(filed.Version + 1, changed.Version);
        var history = harness.Read(db => db.FindingHistory.Where(h => h.FindingId == filed.Id).OrderBy(h => h.Id).Select(h => h.Change).ToList());
        Assert.Equal(["Filed", "Status: Filed → Referred. Note: ارجاع به معاونت خدمات شهری"], history);
    }

    [Fact]
    public async Task AStatusChangeFromAStaleVersionIsAConcurrencyErrorAndWritesNothing()
    {
        var filed = await harness.As<FindingCommands, Finding>(Amanlou, c => c.FileAsync(Input(), default));
        var id = filed.Id;
        await harness.As<FindingCommands,
            Finding>(Amanlou, c => c.ChangeStatusAsync(new() { Id = id, Version = 1, Status = FindingStatus.UnderReview, Note = "بررسی" }, default));
        var counts = harness.Counts();

        var error = await Assert.ThrowsAsync<ConcurrencyException>(() => harness.As<FindingCommands,
            Finding>(Amanlou, c => c.ChangeStatusAsync(new() { Id = id, Version = 1, Status = FindingStatus.Resolved, Note = "حل شد" }, default)));
        Assert.Equal(1, error.Version);
        Assert.Equal(counts, harness.Counts());
        Assert.Equal(FindingStatus.UnderReview, harness.Read(db => db.Findings.Single(f => f.Id == filed.Id).Status));
    }

    [Fact]
    public async Task ADismissedFindingKeepsItsReasonAndChangesNoMore()
    {
        var filed = await harness.As<FindingCommands, Finding>(Amanlou, c => c.FileAsync(Input(), default));
        var id = filed.Id;
        var dismissed = await harness.As<FindingCommands, Finding>(Amanlou, c => c.DismissAsync(new() { Id = id, Version = 1, Reason = "تکراری" }, default));

        Assert.Equal((FindingStatus.Dismissed, "تکراری"), (dismissed.Status, dismissed.DismissalReason));
        await Assert.ThrowsAsync<DomainRuleException>(() => harness.As<FindingCommands,
            Finding>(Amanlou, c => c.ChangeStatusAsync(new() { Id = id, Version = 2, Status = FindingStatus.Resolved, Note = "x" }, default)));
        Assert.Equal(1, harness.Read(db => db.Findings.Count(f => f.Id == filed.Id)));
    }

    public void Dispose() => harness.Dispose();
}
