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

    private async Task<string> DistrictIdAsync(GraphQLApi api, int number)
    {
        var districts = await api.RunAsync("Districts", null, fixture.Host.AdminKey);
        return districts.GetProperty("districts").GetProperty("nodes").EnumerateArray()
            .Single(d => d.GetProperty("number").GetInt32() == number).GetProperty("id").GetString()!;
    }
}
