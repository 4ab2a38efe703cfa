using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Meetings;

/// <summary>An integrator pulls published minutes incrementally, as schema/README.md shows.</summary>
public sealed class MinutesPullTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private const string Pull = """
        query Pull($since: Long!, $after: String) {
          minutes(where: { publicationPosition: { gt: $since } }, order: [{ publicationPosition: ASC }], first: 1, after: $after) {
            pageInfo { hasNextPage endCursor }
            nodes { id revision publicationPosition }
          }
        }
        """;

    [Fact]
    public async Task AnIntegratorPagesThroughAllPublishedMinutesWhileNewOnesArePublishedAndSeesEachRevisionOnce()
    {
        var integrator = await factory.CreateKeyAsync(ApiKeyRole.Integrator);
        var since = 0L;
        int published;
        await using (var db = factory.Database.CreateContext())
        {
            published = await db.Minutes.CountAsync(m => m.Status == MinutesStatus.Published);
        }

        var seen = new List<(string Id, long Position)>();
        string? after = null;
        var inserted = 0;
        for (var page = 0; page < 20; page++)
        {
            var response = await factory.PostAsync(Pull, integrator, new { since, after });
            Assert.False(response.HasErrors, response.ToString());
            seen.AddRange(response.At("minutes.nodes").EnumerateArray()
                .Select(n => (n.GetProperty("id").GetString()!, n.GetProperty("publicationPosition").GetInt64())));
            after = response.At("minutes.pageInfo.endCursor").GetString() ?? after;

            // Between the first pages, editors publish: two corrections of published minutes and a draft
            // that is not published (which the integrator must never see).
            if (page < 3)
            {
                inserted += await PublishAsync(page);
            }

            if (!response.At("minutes.pageInfo.hasNextPage").GetBoolean() && page >= 3)
            {
                break;
            }
        }

        Assert.Equal(published + inserted, seen.Count);
        Assert.Equal(seen.Count, seen.Select(s => s.Id).Distinct().Count());
        Assert.Equal(seen.OrderBy(s => s.Position).Select(s => s.Id), seen.Select(s => s.Id));
        Assert.True(inserted == 6 && published >= 2, $"published {published}, inserted {inserted}");
    }

    [Fact]
    public async Task MarkdownRendersARevisionWithItsMeeting()
    {
        var integrator = await factory.CreateKeyAsync(ApiKeyRole.Integrator);
        var response = await factory.PostAsync("""
            { minutes(where: { meeting: { titleEn: { contains: "Qom" } } }) { nodes { publishedAtJalali markdown } } }
            """, integrator);
        Assert.False(response.HasErrors, response.ToString());

        var markdown = Assert.Single(response.At("minutes.nodes").EnumerateArray()).GetProperty("markdown").GetString()!;
        Assert.StartsWith("# جلسه هماهنگی و برنامه‌ریزی استان معین و پیشتاز قم با منطقه ۲۰\n", markdown, StringComparison.Ordinal);
        // The source gives only the year: no day, no hour.
        Assert.Contains("- **تاریخ:** ۱۴۰۳ (2024-03-20)\n", markdown, StringComparison.Ordinal);
        Assert.Contains("## حاضران", markdown, StringComparison.Ordinal);
        Assert.Contains("## دستور جلسه\n\n1. ", markdown, StringComparison.Ordinal);
        Assert.Contains("## مصوبات\n\n1. مقرر شد ادارات متناظر", markdown, StringComparison.Ordinal);
        Assert.Contains("## بازدیدها\n\n- پایگاه معین سیزده آبان\n", markdown, StringComparison.Ordinal);
        Assert.Contains("## خلاصه مذاکرات", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HtmlIsTheRevisionsMarkdownRendered()
    {
        var integrator = await factory.CreateKeyAsync(ApiKeyRole.Integrator);
        var response = await factory.PostAsync("""
            { minutes(where: { meeting: { titleEn: { contains: "Qom" } } }) { nodes { html } } }
            """, integrator);
        Assert.False(response.HasErrors, response.ToString());

        var html = Assert.Single(response.At("minutes.nodes").EnumerateArray()).GetProperty("html").GetString()!;
        Assert.StartsWith("<h1>جلسه هماهنگی و برنامه‌ریزی استان معین و پیشتاز قم با منطقه ۲۰</h1>\n", html, StringComparison.Ordinal);
        Assert.Contains("<h2>بازدیدها</h2>\n<ul>\n<li>پایگاه معین سیزده آبان</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePreviewRendersUnsavedTextAsMinutesHtmlDoes()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var response = await factory.PostAsync(
            "query Preview($markdown: String!) { markdownPreview(markdown: $markdown) }",
            editor,
            new { markdown = "**مقرر شد** <script>alert(1)</script>" });
        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal("<p><strong>مقرر شد</strong> &lt;script&gt;alert(1)&lt;/script&gt;</p>\n", response.At("markdownPreview").GetString());
    }

    [Fact]
    public async Task ThePreviewNeedsAKey()
    {
        var response = await factory.PostAsync("{ markdownPreview(markdown: \"x\") }");
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], response.ErrorCodes);
    }

    // Publishes two revisions at the same instant (corrections of the first published minutes, saved together: each
    // takes its own position) and adds a draft; returns 2.
    private async Task<int> PublishAsync(int page)
    {
        await using var db = factory.Database.CreateContext();
        var original = await db.Minutes.OrderBy(m => m.Id).FirstAsync(m => m.Status == MinutesStatus.Published);
        var now = DateTime.UtcNow.AddMinutes(page);
        db.Minutes.Add(new Minutes { MeetingId = original.MeetingId, Revision = 10 + page, Status = MinutesStatus.Published, AmendsId = original.Id,
            ApprovedAt = now, PublishedAt = now });
        db.Minutes.Add(new Minutes { MeetingId = original.MeetingId, Revision = 30 + page, Status = MinutesStatus.Published, AmendsId = original.Id,
            ApprovedAt = now, PublishedAt = now });
        db.Minutes.Add(new Minutes { MeetingId = original.MeetingId, Revision = 20 + page, Status = MinutesStatus.Draft });
        await db.SaveChangesAsync();
        return 2;
    }
}
