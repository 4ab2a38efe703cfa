using System.Text.Json;
using Microsoft.Playwright;

namespace Hamahang.Web.Tests;

/// <summary>
/// The minutes awaiting approval (the dashboard's figure and the list behind it) are filtered and counted by the server:
/// the page asks for meetings whose minutes have a draft revision and shows the connection's <c>totalCount</c>, so a
/// count larger than one page is right, and a role that may not read drafts finds none.
/// </summary>
[Collection(AdminPageTests.Name)]
public sealed class MinutesAwaitingTests(WebFixture fixture)
{
    private static readonly IReadOnlyDictionary<string, string> Fa = Strings.Fa;

    // District 12 holds no seeded meeting: 21 with a draft (more than the list's page of 20), one whose minutes are
    // approved and one without minutes (held this month), neither awaiting approval.
    private const int District = 12;
    private const int Drafts = 21;

    [Fact]
    public async Task TheDashboardAndTheListCountTheMeetingsTheServerFindsWithADraft()
    {
        await SceneAsync();
        await using var editor = await fixture.OpenAsync(key: await fixture.Host.CreateKeyAsync("Editor"));
        var sent = Watch(editor);
        await editor.GoAsync($"#/?district={District}", "dashboard");
        var figure = editor.View("dashboard").Locator("[data-figure=minutes-awaiting] .figure-value");
        await Assertions.Expect(figure).ToHaveTextAsync(Persian(Drafts));
        await Assertions.Expect(editor.View("dashboard").Locator("[data-figure=meetings-this-month] .figure-value")).ToHaveTextAsync(Persian(1));

        // The filters went to the server, the draft one as HotChocolate writes a list filter.
        var dashboard = Sent(sent, "DistrictDashboard").Single();
        Assert.Equal(District, dashboard.GetProperty("number").GetInt32());
        Assert.Equal(2, dashboard.GetProperty("meetings").GetProperty("and").GetArrayLength());
        Assert.Equal("DRAFT", dashboard.GetProperty("awaiting").GetProperty("minutes").GetProperty("some").GetProperty("status").GetProperty("eq").GetString());

        // The figure links to the list: a page of 20, the server's count of 21, the last one after "more".
        await editor.View("dashboard").Locator("[data-figure=minutes-awaiting] a").ClickAsync();
        var view = editor.View("minutes-awaiting");
        await view.WaitForAsync();
        var rows = view.Locator(".row-list > li");
        await Assertions.Expect(rows).ToHaveCountAsync(20);
        await Assertions.Expect(view.Locator(".count")).ToHaveTextAsync(Fa.Format("paging.shown", ("shown", 20), ("total", Drafts)));
        await view.GetByRole(AriaRole.Button, new() { Name = Fa["paging.more"] }).ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(Drafts);
        var titles = await rows.Locator("h3").AllInnerTextsAsync();
        Assert.Equal(Enumerable.Range(1, Drafts).Select(i => $"جلسه آزمون پیش‌نویس {i}").Order(), titles.Order());
        var followUps = Sent(sent, "DistrictFollowUp");
        Assert.Equal(2, followUps.Count);
        Assert.All(followUps, r => Assert.Equal("DRAFT",
            r.GetProperty("where").GetProperty("minutes").GetProperty("some").GetProperty("status").GetProperty("eq").GetString()));
        await editor.AssertAccessibleAsync("the minutes awaiting approval");
        await editor.ScreenshotAsync("minutes-awaiting-more");
        editor.AssertClean();
    }

    [Fact]
    public async Task APartnerFindsNoDraftOfAMeetingItReads()
    {
        // A meeting Qom's governorate hosts is one its partner key reads; its minutes are a draft only editors read. It
        // starts after the other tests' meetings, so it heads the editor's list, latest first.
        var meeting = await RecordAsync("جلسه آزمون پیش‌نویس میزبان قم", "2027-01-10T07:00:00Z", await OrganizationIdAsync("Qom Governorate"));
        await WriteMinutesAsync(meeting);
        await using var partner = await fixture.OpenAsync(key: await fixture.PartnerKeyAsync());
        await partner.GoAsync($"#/meetings/{Uri.EscapeDataString(meeting)}", "meeting");
        await Assertions.Expect(partner.View("meeting").Locator("h1")).ToContainTextAsync("جلسه آزمون پیش‌نویس میزبان قم");

        await partner.GoAsync("#/decisions?view=minutes", "minutes-awaiting");
        await Assertions.Expect(partner.View("minutes-awaiting")).ToContainTextAsync(Fa["decisions.noMinutes"]);
        // Its dashboard and decisions page leave the figure and the link out: for a role that reads no draft they would
        // always say zero. The dashboard's other figures are there.
        await partner.GoAsync("#/", "dashboard");
        await Assertions.Expect(partner.View("dashboard").Locator("[data-figure=meetings-this-month]")).ToBeVisibleAsync();
        await Assertions.Expect(partner.View("dashboard").Locator("[data-figure=minutes-awaiting]")).ToHaveCountAsync(0);
        await partner.ScreenshotAsync("dashboard-partner");
        await partner.GoAsync("#/decisions", "decisions");
        await Assertions.Expect(partner.View("decisions").GetByRole(AriaRole.Link, new() { Name = Fa["dashboard.minutesAwaiting"] })).ToHaveCountAsync(0);

        // The editor's list holds it.
        await using var editor = await fixture.OpenAsync(key: await fixture.Host.CreateKeyAsync("Editor"));
        await editor.GoAsync("#/decisions", "decisions");
        await Assertions.Expect(editor.View("decisions").GetByRole(AriaRole.Link, new() { Name = Fa["dashboard.minutesAwaiting"] })).ToBeVisibleAsync();
        await editor.GoAsync("#/decisions?view=minutes", "minutes-awaiting");
        await Assertions.Expect(editor.View("minutes-awaiting").GetByRole(AriaRole.Link, new() { Name = "جلسه آزمون پیش‌نویس میزبان قم" })).ToBeVisibleAsync();
        partner.AssertClean();
        editor.AssertClean();
    }

    private async Task SceneAsync()
    {
        using var api = new GraphQLApi(fixture.Host);
        var district = await DistrictIdAsync(api);
        for (var i = 1; i <= Drafts; i++)
        {
            await WriteMinutesAsync(await RecordAsync($"جلسه آزمون پیش‌نویس {i}", "2026-11-21T07:00:00Z", null, district));
        }

        var approved = await WriteMinutesAsync(await RecordAsync("جلسه آزمون صورتجلسه تأییدشده", "2026-11-21T07:00:00Z", null, district));
        await api.RunAsync("ApproveMinutes", new { input = new { id = approved, version = 1 } }, fixture.Host.AdminKey);
        // Held now, so this month's: the dashboard's other meeting figure, also the district's count on the server.
        var now = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        await RecordAsync("جلسه آزمون بی‌صورتجلسه", now, null, district);
    }

    private async Task<string> RecordAsync(string title, string startsAt, string? hostOrganizationId, string? districtId = null)
    {
        using var api = new GraphQLApi(fixture.Host);
        var input = new { kind = "COORDINATION", title, startsAt, hostOrganizationId, districtIds = districtId is null ? null : new[] { districtId } };
        var data = await api.RunAsync("RecordMeeting", new { input }, fixture.Host.AdminKey);
        return data.GetProperty("recordMeeting").GetProperty("meeting").GetProperty("id").GetString()!;
    }

    private async Task<string> WriteMinutesAsync(string meetingId)
    {
        using var api = new GraphQLApi(fixture.Host);
        var sections = new[] { new { kind = "DECISIONS", heading = "مصوبات", body = "مقرر شد گزارش آمادگی تهیه شود." } };
        var data = await api.RunAsync("WriteMinutes", new { input = new { meetingId, sections } }, fixture.Host.AdminKey);
        return data.GetProperty("writeMinutes").GetProperty("minutes").GetProperty("id").GetString()!;
    }

    private async Task<string> DistrictIdAsync(GraphQLApi api)
    {
        var districts = await api.RunAsync("Districts", null, fixture.Host.AdminKey);
        return districts.GetProperty("districts").GetProperty("nodes").EnumerateArray()
            .Single(d => d.GetProperty("number").GetInt32() == District).GetProperty("id").GetString()!;
    }

    private async Task<string> OrganizationIdAsync(string nameEn)
    {
        using var api = new GraphQLApi(fixture.Host);
        var data = await api.RunAsync("SearchOrganizations", new { where = new { nameEn = new { eq = nameEn } }, first = 2 }, fixture.Host.AdminKey);
        return data.GetProperty("organizations").GetProperty("nodes").EnumerateArray().Single().GetProperty("id").GetString()!;
    }

    private static List<JsonElement> Sent(List<(string Name, JsonElement Variables)> sent, string name)
    {
        lock (sent)
        {
            return [.. sent.Where(r => r.Name == name).Select(r => r.Variables)];
        }
    }

    private static string Persian(int value) =>
        string.Concat(value.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => (char)('۰' + (c - '0'))));

    // The operations the page sends, with their variables.
    private static List<(string Name, JsonElement Variables)> Watch(AdminPage page)
    {
        var sent = new List<(string, JsonElement)>();
        page.Page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.EndsWith("/graphql", StringComparison.Ordinal) && request.PostData is { } body)
            {
                using var json = JsonDocument.Parse(body);
                var root = json.RootElement;
                if (root.TryGetProperty("operationName", out var name) && root.TryGetProperty("variables", out var variables))
                {
                    lock (sent)
                    {
                        sent.Add((name.GetString()!, variables.Clone()));
                    }
                }
            }
        };
        return sent;
    }
}
