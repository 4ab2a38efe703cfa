using System.Data.Common;
using System.Net;
using System.Text.Json;
using Hamahang.Api.Commands;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.Api.Tests.Meetings;

/// <summary>
/// Runs another write at the moment a save is about to begin its transaction (after the command has read and
/// validated everything), so a race between two writes happens every time, not by luck.
/// </summary>
public sealed class RacingWrite : DbTransactionInterceptor
{
    private (Func<DbContext, bool> When, Func<Task> Race)? armed;

    /// <summary>The next save whose context matches <paramref name="when"/> waits for <paramref name="race"/> to finish first.</summary>
    public void Before(Func<DbContext, bool> when, Func<Task> race) => armed = (when, race);

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result,
            CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (armed is { } race && eventData.Context is { } context && race.When(context))
        {
            armed = null;
            await race.Race();
        }

        return result;
    }
}

/// <summary>
/// The host with a <see cref="RacingWrite"/> on every context. Its writers do not take turns on the SQLite file
/// (<c>Database:WriteTurns</c>): the race runs a second write while the first is about to begin, which in one host's turns
/// waits for the first; without them the two meet only at the database, as the writers of two hosts do (or SQL Server's).
/// </summary>
public sealed class RacingHostFactory : HostFactory
{
    public RacingWrite Racing { get; } = new();

    protected override IEnumerable<IInterceptor> Interceptors => [Racing];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:WriteTurns", "false");
    }
}

/// <summary>A write that clashes with another saved at the same moment is a <c>ConflictError</c> in the payload, and writes nothing.</summary>
public sealed class MinutesConflictTests(RacingHostFactory factory) : IClassFixture<RacingHostFactory>
{
    private const string Amend = $$"""
        mutation Amend($id: ID!, $body: String!) {
          amendMinutes(input: { id: $id, sections: [{ kind: DECISIONS, heading: "مصوبات", body: $body }] }) { minutes { id revision } {{WriteHarness.Errors}} }
        }
        """;

    private const string Write = $$"""
        mutation Write($meetingId: ID!) {
          writeMinutes(input: { meetingId: $meetingId, sections: [{ kind: DECISIONS, heading: "مصوبات", body: "مقرر شد گزارش ارائه شود." }] }) { minutes {
            id } {{WriteHarness.Errors}} }
        }
        """;

    private static bool Adds(DbContext context, Func<Minutes, bool> minutes) =>
        context.ChangeTracker.Entries<Minutes>().Any(e => e.State == EntityState.Added && minutes(e.Entity));

    private async Task<string> MeetingAsync(string key, string title)
    {
        var recorded = await factory.PostAsync(
            "mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { meeting { id } } }",
            key,
            new { input = new { kind = "COORDINATION", title, startsAt = "2024-05-01T09:00:00+03:30" } });
        return recorded.At("recordMeeting.meeting.id").GetString()!;
    }

    private async Task<string> PublishedMinutesAsync(string key, string title)
    {
        var written = await factory.PostAsync(Write, key, new { meetingId = await MeetingAsync(key, title) });
        var id = written.At("writeMinutes.minutes.id").GetString();
        await factory.PostAsync($$"""mutation { approveMinutes(input: { id: "{{id}}", version: 1 }) { minutes { id } } }""", key);
        var published = await factory.PostAsync($$"""mutation { publishMinutes(input: { id: "{{id}}", version: 2 }) { minutes { status } } }""", key);
        Assert.Equal("PUBLISHED", published.At("publishMinutes.minutes.status").GetString());
        return id!;
    }

    [Fact]
    public async Task TwoAmendmentsOfTheSameMinutesAtOnceOneWinsTheOtherGetsAConflictError()
    {
        var (mine, theirs) = (await factory.CreateKeyAsync(ApiKeyRole.Editor), await factory.CreateKeyAsync(ApiKeyRole.Editor));
        var id = await PublishedMinutesAsync(mine, "جلسه با دو اصلاحیه همزمان");
        var key = Keys.Of(id, "Minutes");
        GraphQLResponse? won = null;
        (int Rows, int Audit) afterTheirs = default;
        // Their amendment is saved after mine has read the revisions (none later than 1) and before mine is
        // saved: both make revision 2 of the same meeting, which the unique (meeting, revision) index refuses.
        factory.Racing.Before(
            context => Adds(context, m => m.AmendsId == key),
            async () =>
            {
                won = await factory.PostAsync(Amend, theirs, new { id, body = "اصلاحیه همکار" });
                afterTheirs = await factory.CountsAsync();
            });

        var lost = await factory.PostAsync(Amend, mine, new { id, body = "اصلاحیه من" });

        Assert.NotNull(won);
        Assert.Empty(won.PayloadErrors("amendMinutes"));
        Assert.Equal(2, won.At("amendMinutes.minutes.revision").GetInt32());
        Assert.Equal(HttpStatusCode.OK, lost.Status);
        Assert.False(lost.HasErrors, lost.ToString());
        Assert.Equal([("ConflictError", "")], lost.PayloadErrors("amendMinutes"));
        Assert.Equal(JsonValueKind.Null, lost.At("amendMinutes.minutes").ValueKind);
        Assert.Contains("read again and retry", lost.At("amendMinutes.errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(afterTheirs, await factory.CountsAsync());
        var revisions = await factory.ReadAsync(db => db.Minutes.Where(m => m.AmendsId == key).Select(m => new { m.Revision, Body = m.Sections.Single().Body })
            .ToListAsync());
        Assert.Equal([(2, "اصلاحیه همکار")], revisions.Select(r => (r.Revision, r.Body)));
    }

    [Fact]
    public async Task MinutesOfAMeetingDeletedMeanwhileAreAConflictErrorAndWriteNothing()
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var meetingId = await MeetingAsync(key, "جلسه‌ای که در میانه حذف شد");
        var meeting = Keys.Of(meetingId, "Meeting");
        (int Rows, int Audit) afterDelete = default;
        // The meeting exists when the command loads it, and is gone when the minutes referencing it are saved.
        factory.Racing.Before(
            context => Adds(context, m => m.MeetingId == meeting),
            async () =>
            {
                Assert.Equal(1, await factory.ReadAsync(db => db.Meetings.Where(m => m.Id == meeting).ExecuteDeleteAsync()));
                afterDelete = await factory.CountsAsync();
            });

        var response = await factory.PostAsync(Write, key, new { meetingId });

        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal([("ConflictError", "")], response.PayloadErrors("writeMinutes"));
        Assert.Equal(JsonValueKind.Null, response.At("writeMinutes.minutes").ValueKind);
        Assert.Equal(afterDelete, await factory.CountsAsync());
        Assert.False(await factory.ReadAsync(db => db.Minutes.AnyAsync(m => m.MeetingId == meeting)));
    }
}
