using Hamahang.Api.Commands;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Errors;
using Hamahang.Api.Meetings;
using Hamahang.Api.Tests.Commands;
using Hamahang.GraphQL.EntityFramework.Subscriptions;
using MinutesRecord = Hamahang.Api.Domain.Minutes;

namespace Hamahang.Api.Tests.Meetings;

public sealed class MinutesCommandsTests : IDisposable
{
    private readonly CommandHarness harness = new();
    private readonly ApiKey editor = CommandHarness.Editor();

    private static IReadOnlyList<MinutesSectionInput> Sections(string body) => [new() { Kind = MinutesSectionKind.Decisions, Heading = "مصوبات", Body = body }];

    private Task<MinutesRecord> Run(Func<MinutesCommands, Task<MinutesRecord>> run) => harness.As(editor, run);

    private async Task<MinutesRecord> PublishedAsync()
    {
        var meeting = harness.Read(db => db.Meetings.Where(m => !m.Minutes.Any()).OrderBy(m => m.Id).First().Id);
        var draft = await Run(c => c.WriteAsync(new() { MeetingId = meeting, Sections = Sections("مقرر شد کارگروه‌ها تشکیل شوند.") }, default));
        var id = draft.Id;
        var approved = await Run(c => c.ApproveAsync(new() { Id = draft.Id, Version = draft.Version }, default));
        return await Run(c => c.PublishAsync(new() { Id = id, Version = approved.Version }, default));
    }

    [Fact]
    public async Task MinutesGoFromDraftThroughApprovedToPublishedAndRaiseAnEvent()
    {
        var published = await PublishedAsync();
        Assert.Equal(MinutesStatus.Published, published.Status);
        Assert.NotNull(published.ApprovedAt);
        Assert.NotNull(published.PublishedAt);
        var outbox = harness.Read(db => db.Set<OutboxMessage>().Single());
        Assert.Equal(MinutesEvents.PublishedTopic, outbox.Topic);
        Assert.Contains($"\"minutesId\":{published.Id}", outbox.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AmendingPublishedMinutesMakesANewRevisionPointingToThemAndLeavesThemAsTheyWere()
    {
        var published = await PublishedAsync();
        var id = published.Id;
        var amendment = await Run(c => c.AmendAsync(new() { Id = id, Sections = Sections("اصلاحیه") }, default));

        Assert.Equal((published.Revision + 1, published.Id, MinutesStatus.Draft), (amendment.Revision, amendment.AmendsId, amendment.Status));
        var stored = harness.Read(db => db.Minutes.Where(m => m.Id == published.Id).Select(m => new { m.Version, m.Status, Body = m.Sections.Single().Body })
            .Single());
        Assert.Equal((published.Version, MinutesStatus.Published, "مقرر شد کارگروه‌ها تشکیل شوند."), (stored.Version, stored.Status, stored.Body));
        await Assert.ThrowsAsync<DomainRuleException>(() => Run(c => c.AmendAsync(new() { Id = id, Sections = Sections("دوباره") }, default)));
    }

    [Fact]
    public async Task PublishedMinutesCannotBeEditedApprovedOrPublishedAgain()
    {
        var published = await PublishedAsync();
        var id = published.Id;
        var counts = harness.Counts();
        await Assert.ThrowsAsync<DomainRuleException>(() =>
            Run(c => c.UpdateAsync(new() { Id = id, Version = published.Version, Sections = Sections("تغییر") }, default)));
        await Assert.ThrowsAsync<DomainRuleException>(() => Run(c => c.PublishAsync(new() { Id = id, Version = published.Version }, default)));
        Assert.Equal(counts, harness.Counts());
    }

    public void Dispose() => harness.Dispose();
}
