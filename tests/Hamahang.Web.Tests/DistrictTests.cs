using System.Text.Json;
using Microsoft.Playwright;

namespace Hamahang.Web.Tests;

[Collection(AdminPageTests.Name)]
public sealed class DistrictTests(WebFixture fixture)
{
    private static readonly IReadOnlyDictionary<string, string> Fa = Strings.Fa;

    [Fact]
    public async Task TheDistrictShowsItsSupportingProvinceAsTheSourceGivesIt()
    {
        await using var editor = await fixture.OpenAsync(key: await fixture.Host.CreateKeyAsync("Editor"));
        await editor.GoAsync("#/districts/20", "district");
        var qom = editor.View("district").Locator("[data-partnership]");
        await Assertions.Expect(qom).ToHaveCountAsync(1);

        // Qom is the leading supporting province, on the Ministry of Interior's instruction, crisis office beside
        // crisis office; source 000 gives no period, so none is shown.
        await Assertions.Expect(qom).ToContainTextAsync(Fa["partnership.leading"]);
        await Assertions.Expect(qom).ToContainTextAsync("دستورالعمل وزارت کشور");
        await Assertions.Expect(qom).ToContainTextAsync(Fa["partnership.counterparts"]);
        await Assertions.Expect(qom).ToContainTextAsync("↔");
        await Assertions.Expect(qom).Not.ToContainTextAsync("…");
        await editor.AssertAccessibleAsync("the district with its partnership");
        editor.AssertClean();
    }

    [Fact]
    public async Task ADistrictWithMoreThanAPageOfSitesShowsThemAllAfterMore()
    {
        // District 7 holds no seeded site; 23 are more than the view's page of 20.
        using var api = new GraphQLApi(fixture.Host);
        var districtId = await DistrictIdAsync(api, 7);
        for (var i = 1; i <= 23; i++)
        {
            await api.RunAsync("CreateSite", new { input = new { name = $"پایگاه آزمون {i}", kind = "SUPPORT_BASE", districtId } }, fixture.Host.AdminKey);
        }

        await using var editor = await fixture.OpenAsync(key: await fixture.Host.CreateKeyAsync("Editor"));
        await editor.GoAsync("#/districts/7", "district");
        var card = editor.View("district").Locator("section[aria-labelledby=sites-h]");
        var rows = card.Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(20);
        await Assertions.Expect(card.Locator(".count")).ToHaveTextAsync(Fa.Format("paging.shown", ("shown", 20), ("total", 23)));

        await card.GetByRole(AriaRole.Button, new() { Name = Fa["paging.more"] }).ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(23);
        var names = await rows.Locator("th").AllInnerTextsAsync();
        Assert.Equal(23, names.Distinct().Count());
        await Assertions.Expect(card.Locator(".count")).ToHaveTextAsync(Fa.Format("paging.shown", ("shown", 23), ("total", 23)));
        await Assertions.Expect(card.GetByRole(AriaRole.Button, new() { Name = Fa["paging.more"] })).ToBeHiddenAsync();

        // The keyboard stays on the list (the first new row), and the new count is announced.
        Assert.Equal(names[20], await editor.Page.EvaluateAsync<string>("() => document.activeElement.closest('tr').querySelector('th').innerText"));
        await Assertions.Expect(editor.Page.Locator("#announcer")).ToHaveTextAsync(Fa.Format("paging.shown", ("shown", 23), ("total", 23)));
        await editor.AssertAccessibleAsync("a district's sites after more");
        await editor.ScreenshotAsync("district-sites-more");
        editor.AssertClean();
    }

    [Fact]
    public async Task ADistrictsMeetingsAreFilteredAndPagedByTheServer()
    {
        // District 8 holds no seeded meeting; 22 are more than a page of 20, two of them about «بررسی».
        using var api = new GraphQLApi(fixture.Host);
        var districtId = await DistrictIdAsync(api, 8);
        for (var i = 1; i <= 22; i++)
        {
            var title = i <= 2 ? $"بررسی آمادگی محله {i}" : $"جلسه آزمون صفحه {i}";
            var input = new { kind = "COORDINATION", title, startsAt = $"2025-03-{i:00}T07:00:00Z", districtIds = new[] { districtId } };
            await api.RunAsync("RecordMeeting", new { input }, fixture.Host.AdminKey);
        }

        await using var editor = await fixture.OpenAsync(key: await fixture.Host.CreateKeyAsync("Editor"));
        await editor.GoAsync("#/meetings?district=8", "meetings");
        var view = editor.View("meetings");
        var rows = view.Locator(".row-list").GetByRole(AriaRole.Link);
        await Assertions.Expect(view.Locator(".count")).ToHaveTextAsync(Fa.Format("meetings.count", ("count", 22)));
        await Assertions.Expect(rows).ToHaveCountAsync(20);
        var firstPage = await rows.AllInnerTextsAsync();
        await editor.Button(Fa["paging.more"]).ClickAsync();
        await Assertions.Expect(editor.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("after="));
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        Assert.Equal(22, firstPage.Concat(await rows.AllInnerTextsAsync()).Distinct().Count());

        // «بررسي» typed with Arabic ي: the district's own connection gets the filter, and the server's normalised search
        // answers with the two meetings about «بررسی» (the page no longer fetches every meeting to filter them itself).
        await editor.Field(Fa["meetings.search"]).FillAsync("بررسي");
        var request = await editor.Page.RunAndWaitForRequestAsync(
            () => editor.Field(Fa["meetings.search"]).PressAsync("Enter"),
            r => r.Url.EndsWith("/graphql", StringComparison.Ordinal)
                && r.PostData?.Contains("\"operationName\":\"DistrictMeetings\"", StringComparison.Ordinal) == true);
        using (var body = JsonDocument.Parse(request.PostData!))
        {
            var variables = body.RootElement.GetProperty("variables");
            Assert.Equal(8, variables.GetProperty("number").GetInt32());
            var search = variables.GetProperty("where").GetProperty("and")[0].GetProperty("or")[0];
            Assert.Equal("بررسي", search.GetProperty("title").GetProperty("contains").GetString());
            Assert.Equal(JsonValueKind.Null, variables.GetProperty("after").ValueKind);
        }

        await Assertions.Expect(view.Locator(".count")).ToHaveTextAsync(Fa.Format("meetings.count", ("count", 2)));
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.First).ToContainTextAsync("بررسی آمادگی محله");
        editor.AssertClean();
    }

    [Fact]
    public async Task ADistrictWithMoreThanAPageOfFindingsShowsThemAllPageByPage()
    {
        // District 9 has no seeded inspection; one inspection there with 22 findings is more than the list's page of 20.
        using var api = new GraphQLApi(fixture.Host);
        var key = fixture.Host.AdminKey;
        var inspection = await api.RunAsync("ScheduleInspection", new
        {
            input = new
            {
                kind = "FIELD", title = "بازدید آزمون صفحه‌بندی یافته‌ها", districtId = await DistrictIdAsync(api, 9),
                inspectingOrganizationId = await OrganizationIdAsync(api, "Inspection Organization of Tehran Municipality"), plannedAt = "2026-11-01T06:30:00Z",
            },
        }, key);
        var inspectionId = inspection.GetProperty("scheduleInspection").GetProperty("inspection").GetProperty("id").GetString();
        for (var i = 1; i <= 22; i++)
        {
            await api.RunAsync("FileFinding",
                new { input = new { inspectionId, category = "PROBLEM", severity = "LOW", channel = "FIELD", title = $"یافته آزمون {i}" } }, key);
        }

        await using var inspector = await fixture.OpenAsync(key: key);
        await inspector.GoAsync("#/findings?district=9", "findings");
        var view = inspector.View("findings");
        var rows = view.Locator(".row-list > li");
        await Assertions.Expect(view.Locator(".count")).ToHaveTextAsync(Fa.Format("findings.count", ("count", 22)));
        await Assertions.Expect(rows).ToHaveCountAsync(20);
        var firstPage = await rows.Locator("h3").AllInnerTextsAsync();
        await inspector.Button(Fa["paging.more"]).ClickAsync();
        await Assertions.Expect(inspector.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("after="));
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        var all = firstPage.Concat(await rows.Locator("h3").AllInnerTextsAsync()).ToList();
        Assert.Equal(Enumerable.Range(1, 22).Select(i => $"یافته آزمون {i}").Order(), all.Order());
        inspector.AssertClean();
    }

    [Theory]
    [InlineData("fa", 360)]
    [InlineData("en", 360)]
    [InlineData("fa", 1280)]
    [InlineData("en", 1280)]
    public async Task TheSitesTableKeepsItsNamesReadableAndItsOrderOnAPhone(string lang, int width)
    {
        var s = Strings.For(lang);
        await using var admin = await fixture.OpenAsync(width, fixture.Host.AdminKey);
        await admin.GoAsync("#/districts/20", "district");
        if (lang == "en")
        {
            await admin.Button(Fa["lang.switchLabel"]).ClickAsync();
            await Assertions.Expect(admin.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        }

        // Still a table to a screen reader, named by its heading, with its four column headers and a row header per site.
        var table = admin.View("district").GetByRole(AriaRole.Table, new() { Name = s["district.sites"], Exact = true });
        var rows = table.Locator("tbody tr");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        var count = await rows.CountAsync();
        Assert.True(count >= 3, $"District 20 shows {count} sites");
        await Assertions.Expect(table.GetByRole(AriaRole.Columnheader)).ToHaveCountAsync(4);
        await Assertions.Expect(table.GetByRole(AriaRole.Rowheader)).ToHaveCountAsync(count);
        await Assertions.Expect(table.GetByRole(AriaRole.Cell)).ToHaveCountAsync(3 * count);

        // Each name (a short one: a few words) takes most of the card's width and at most two lines, beside its edit button.
        var cells = await table.EvaluateAsync<JsonElement>("""
            table => [...table.querySelectorAll('tbody th')].map(th => {
              const lines = (node) => {
                const range = document.createRange();
                range.selectNodeContents(node);
                return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;
              };
              return { name: th.firstChild.textContent, width: th.getBoundingClientRect().width, table: table.getBoundingClientRect().width,
                lines: lines(th.firstChild), buttonLines: lines(th.querySelector('button')), top: th.getBoundingClientRect().top };
            })
            """);
        var tops = new List<double>();
        foreach (var cell in cells.EnumerateArray())
        {
            var name = cell.GetProperty("name").GetString();
            var share = cell.GetProperty("width").GetDouble() / cell.GetProperty("table").GetDouble();
            Assert.True(share >= (width < 600 ? 0.9 : 0.25), $"{name}: the name cell is {share:P0} of the table's width at {width} px");
            Assert.True(cell.GetProperty("lines").GetInt32() <= 2, $"{name} wraps onto {cell.GetProperty("lines")} lines at {width} px");
            Assert.True(cell.GetProperty("buttonLines").GetInt32() <= 2, $"{name}: its edit button stands {cell.GetProperty("buttonLines")} lines tall");
            tops.Add(cell.GetProperty("top").GetDouble());
        }

        // The cards read, and the keyboard moves, in the order of the rows: down the page.
        Assert.Equal(tops.Order(), tops);
        await table.Locator("tbody th button").First.FocusAsync();
        var focused = new List<(int Row, double Top)>();
        var stops = await table.Locator("tbody a, tbody button").CountAsync();
        for (var i = 0; i < stops; i++)
        {
            var at = await admin.Page.EvaluateAsync<JsonElement>("""
                () => ({ row: [...document.querySelectorAll('[aria-labelledby=sites-h] tbody tr')].indexOf(document.activeElement.closest('tr')),
                  top: document.activeElement.getBoundingClientRect().top + window.scrollY })
                """);
            focused.Add((at.GetProperty("row").GetInt32(), at.GetProperty("top").GetDouble()));
            await admin.Page.Keyboard.PressAsync("Tab");
        }

        // Every stop of the table is on a row, each row's after the one before.
        Assert.Equal(focused.Select(f => f.Row).Order(), focused.Select(f => f.Row));
        Assert.Equal(Enumerable.Range(0, count), focused.Select(f => f.Row).Distinct());
        if (width < 600)
        {
            Assert.Equal(focused.Select(f => f.Top).Order(), focused.Select(f => f.Top));
        }

        var stacked = await table.Locator("tbody td").First.EvaluateAsync<string>("td => getComputedStyle(td).display");
        Assert.Equal(width < 600 ? "block" : "table-cell", stacked);
        await admin.AssertAccessibleAsync($"the district's sites ({lang}, {width} px)");
        await admin.ScreenshotAsync("district-sites");
        admin.AssertClean();
    }

    private async Task<string> OrganizationIdAsync(GraphQLApi api, string nameEn)
    {
        var found = await api.RunAsync("SearchOrganizations", new { where = new { nameEn = new { eq = nameEn } }, first = 2 }, fixture.Host.AdminKey);
        return found.GetProperty("organizations").GetProperty("nodes").EnumerateArray().Single().GetProperty("id").GetString()!;
    }

    private async Task<string> DistrictIdAsync(GraphQLApi api, int number)
    {
        var districts = await api.RunAsync("Districts", null, fixture.Host.AdminKey);
        return districts.GetProperty("districts").GetProperty("nodes").EnumerateArray()
            .Single(d => d.GetProperty("number").GetInt32() == number).GetProperty("id").GetString()!;
    }
}
