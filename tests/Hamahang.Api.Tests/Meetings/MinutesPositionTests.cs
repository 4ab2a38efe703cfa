using System.Text.Json;
using Hamahang.Api.Commands;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Meetings;

/// <summary>
/// Integrators never miss a revision: the pull pages on <c>publicationPosition</c>, which follows commit order, where
/// <c>publishedAt</c> follows the order the publishes were stamped in. Two publishes race in each test.
/// </summary>
public sealed class MinutesPositionTests(PublishRaceHostFactory factory) : IClassFixture<PublishRaceHostFactory>
{
    // The pull schema/README.md documents.
    private const string ByPosition = """
        query Pull($since: Long!, $after: String) {
          minutes(where: { publicationPosition: { gt: $since } }, order: [{ publicationPosition: ASC }], first: 50, after: $after) {
            pageInfo { hasNextPage endCursor }
            nodes { id publicationPosition publishedAt }
          }
        }
        """;

    // The pull it replaces, which pages on the publication stamp.
    private const string ByPublishedAt = """
        query Pull($since: DateTime!, $after: String) {
          minutes(where: { publishedAt: { gt: $since } }, order: [{ publishedAt: ASC }], first: 50, after: $after) {
            pageInfo { hasNextPage endCursor }
            nodes { id publicationPosition publishedAt }
          }
        }
        """;

    private const string Publish = $$"""
        mutation Publish($id: ID!) { publishMinutes(input: { id: $id, version: 2 }) { minutes { id publicationPosition publishedAt } {{WriteHarness.Errors}} } }
        """;

    [Fact]
    public async Task TheRevisionStampedFirstButCommittedLastReachesAnIntegratorWhoPolledBetweenThem()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var (first, second) = (await ApprovedMinutesAsync(editor, "جلسه الف"), await ApprovedMinutesAsync(editor, "جلسه ب"));
        var byPosition = new Integrator(factory, await factory.CreateKeyAsync(ApiKeyRole.Integrator), ByPosition, 0L);
        var byPublishedAt = new Integrator(factory, await factory.CreateKeyAsync(ApiKeyRole.Integrator), ByPublishedAt, "2000-01-01T00:00:00Z");
        await byPosition.PollAsync();
        await byPublishedAt.PollAsync();

        // The first publish has stamped publishedAt and is about to begin its transaction when the second publishes
        // (stamped later), commits, and both integrators poll.
        var firstKey = Keys.Of(first, nameof(Minutes));
        GraphQLResponse? secondPublished = null;
        factory.Racing.Before(
            context => context.ChangeTracker.Entries<Minutes>().Any(e => e.Entity.Id == firstKey && e.Entity.Status == MinutesStatus.Published),
            async () =>
            {
                secondPublished = await factory.PostAsync(Publish, editor, new { id = second });
                Assert.Equal([second], await byPosition.PollAsync());
                Assert.Equal([second], await byPublishedAt.PollAsync());
            });
        var firstPublished = await factory.PostAsync(Publish, editor, new { id = first });

        Assert.NotNull(secondPublished);
        Assert.Empty(firstPublished.PayloadErrors("publishMinutes"));
        Assert.Empty(secondPublished.PayloadErrors("publishMinutes"));
        // Stamped first, committed last: the earlier publishedAt, the larger position.
        Assert.True(Stamp(firstPublished) < Stamp(secondPublished), $"{Stamp(firstPublished):O} {Stamp(secondPublished):O}");
        Assert.True(Position(firstPublished) > Position(secondPublished), $"{Position(firstPublished)} {Position(secondPublished)}");
        Assert.Equal([first], await byPosition.PollAsync());
        // Paging on publishedAt, the integrator is already past the first revision's stamp: it never sees it.
        Assert.Empty(await byPublishedAt.PollAsync());
        Assert.Contains(first, byPosition.Seen);
        Assert.DoesNotContain(first, byPublishedAt.Seen);
        Assert.Equal(byPosition.Seen.Count, byPosition.Seen.Distinct().Count());
        Assert.Equal(await PublishedCountAsync(), byPosition.Seen.Count);
    }

    [Fact]
    public async Task WhileAPublishIsStillOpenAnIntegratorSeesNoRevisionCommittedAfterIt()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var (first, second) = (await ApprovedMinutesAsync(editor, "جلسه ج"), await ApprovedMinutesAsync(editor, "جلسه د"));
        var integrator = new Integrator(factory, await factory.CreateKeyAsync(ApiKeyRole.Integrator), ByPosition, 0L);
        await integrator.PollAsync();

        // The first publish has written its row (SQLite: under the write lock; SQL Server: with its rowversion) and
        // waits to commit while the second publishes and the integrator polls.
        var firstKey = Keys.Of(first, nameof(Minutes));
        var release = new TaskCompletionSource();
        var held = factory.Held.Hold(
            context => context.ChangeTracker.Entries<Minutes>().Any(e => e.Entity.Id == firstKey && e.Entity.Status == MinutesStatus.Published),
            release.Task);
        var firstPublishing = factory.PostAsync(Publish, editor, new { id = first });
        await held.WaitAsync(TimeSpan.FromSeconds(30));
        var secondPublishing = factory.PostAsync(Publish, editor, new { id = second });
        await Task.WhenAny(secondPublishing, Task.Delay(TimeSpan.FromSeconds(1)));
        if (factory.Database.Provider == DatabaseOptions.Sqlite)
        {
            // SQLite: the second publish cannot take its position before the first commits; it waits for the write lock.
            Assert.False(secondPublishing.IsCompleted, "the second publish committed while the first held the write lock");
        }

        // SQL Server: the second may have committed, with a larger rowversion, but it is above MIN_ACTIVE_ROWVERSION().
        Assert.Empty(await integrator.PollAsync());
        release.SetResult();
        var (firstPublished, secondPublished) = (await firstPublishing, await secondPublishing);

        Assert.Empty(firstPublished.PayloadErrors("publishMinutes"));
        Assert.Empty(secondPublished.PayloadErrors("publishMinutes"));
        Assert.True(Position(firstPublished) < Position(secondPublished), $"{Position(firstPublished)} {Position(secondPublished)}");
        Assert.Equal([first, second], await integrator.PollAsync());
        Assert.Equal(await PublishedCountAsync(), integrator.Seen.Count);
    }

    [Fact]
    public async Task EveryPublishedRevisionHasItsOwnPositionAndDraftsHaveNoneOnSqlite()
    {
        var positions = await factory.ReadAsync(db => db.Minutes.Select(m => new { m.Status, m.PublicationPosition }).ToListAsync());
        var published = positions.Where(p => p.Status == MinutesStatus.Published).Select(p => p.PublicationPosition).ToList();
        Assert.NotEmpty(published);
        Assert.All(published, p => Assert.True(p > 0));
        Assert.Equal(published.Count, published.Distinct().Count());
        if (factory.Database.Provider == DatabaseOptions.Sqlite)
        {
            Assert.All(positions.Where(p => p.Status != MinutesStatus.Published), p => Assert.Null(p.PublicationPosition));
        }
    }

    private static DateTime Stamp(GraphQLResponse published) => published.At("publishMinutes.minutes.publishedAt").GetDateTime().ToUniversalTime();

    private static long Position(GraphQLResponse published) => published.At("publishMinutes.minutes.publicationPosition").GetInt64();

    private Task<int> PublishedCountAsync() => factory.ReadAsync(db => db.Minutes.CountAsync(m => m.Status == MinutesStatus.Published));

    private async Task<string> ApprovedMinutesAsync(string key, string title)
    {
        var meeting = await factory.PostAsync(
            "mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { meeting { id } } }",
            key,
            new { input = new { kind = "COORDINATION", title, startsAt = "2024-05-01T09:00:00+03:30" } });
        var written = await factory.PostAsync(
            """
            mutation($id: ID!) {
              writeMinutes(input: { meetingId: $id, sections: [{ kind: DECISIONS, heading: "مصوبات", body: "مقرر شد." }] }) { minutes { id } }
            }
            """,
            key,
            new { id = meeting.At("recordMeeting.meeting.id").GetString() });
        var id = written.At("writeMinutes.minutes.id").GetString()!;
        var approved = await factory.PostAsync("mutation($id: ID!) { approveMinutes(input: { id: $id, version: 1 }) { minutes { status } } }", key, new { id });
        Assert.Equal("APPROVED", approved.At("approveMinutes.minutes.status").GetString());
        return id;
    }

    /// <summary>An integrator that keeps its cursor between polls, as schema/README.md says, and remembers what it stored.</summary>
    private sealed class Integrator(HostFactory factory, string key, string pull, object since)
    {
        private string? after;

        public List<string> Seen { get; } = [];

        /// <summary>Pages from the stored cursor to the end; returns the revisions it got.</summary>
        public async Task<List<string>> PollAsync()
        {
            var got = new List<string>();
            while (true)
            {
                var response = await factory.PostAsync(pull, key, new { since, after });
                Assert.False(response.HasErrors, response.ToString());
                got.AddRange(response.At("minutes.nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
                after = response.At("minutes.pageInfo.endCursor") is { ValueKind: JsonValueKind.String } cursor ? cursor.GetString() : after;
                if (!response.At("minutes.pageInfo.hasNextPage").GetBoolean())
                {
                    Seen.AddRange(got);
                    return got;
                }
            }
        }
    }
}
