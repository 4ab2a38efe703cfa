using System.Text.Json;

namespace Hamahang.Web.Tests;

/// <summary>
/// Every view of the page, in Persian and in English, on a desktop and on a phone: it loads without an error,
/// axe-core finds nothing serious or critical, and a screenshot is written for a person to look at.
/// </summary>
[Collection(AdminPageTests.Name)]
public sealed class ViewsTests(WebFixture fixture)
{
    public static TheoryData<string, int> Layouts => new() { { "fa", 1280 }, { "fa", 360 }, { "en", 1280 }, { "en", 360 } };

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task EveryViewLoadsIsAccessibleAndIsPhotographed(string lang, int width)
    {
        var views = await ViewsAsync();
        await using var signedOut = await fixture.OpenAsync(width);
        await signedOut.Page.GotoAsync("/");
        await signedOut.View("signin").WaitForAsync();
        await ShowAsync(signedOut, lang, "signin");

        await using var admin = await fixture.OpenAsync(width, fixture.Host.AdminKey);
        foreach (var (address, view) in views)
        {
            await admin.GoAsync(address, view);
            await admin.Page.Locator("[role=status].loading, .state.loading")
                .WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });
            await ShowAsync(admin, lang, view);
        }

        admin.AssertClean();
        signedOut.AssertClean();
    }

    private static async Task ShowAsync(AdminPage page, string lang, string view)
    {
        if (await page.Page.EvaluateAsync<string>("document.documentElement.lang") != lang)
        {
            await page.Button(Strings.For(lang == "en" ? "fa" : "en")["lang.switchLabel"]).ClickAsync();
            await page.View(view).WaitForAsync();
        }

        Assert.Equal(lang == "en" ? "ltr" : "rtl", await page.Page.EvaluateAsync<string>("document.documentElement.dir"));
        var overflow = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 1, $"{view} in {lang} scrolls sideways by {overflow} px");
        await page.AssertAccessibleAsync($"{view} ({lang}, {page.Page.ViewportSize?.Width} px)");
        await page.ScreenshotAsync(view);
    }

    // The address of every view, on records the seed holds.
    private async Task<List<(string Address, string View)>> ViewsAsync()
    {
        using var api = new GraphQLApi(fixture.Host);
        var key = fixture.Host.AdminKey;
        string First(JsonElement data, string list) => data.GetProperty(list).GetProperty("nodes")[0].GetProperty("id").GetString()!;
        var meetings = await api.RunAsync("Meetings", new { where = new { titleEn = new { contains = "Qom" } }, first = 1 }, key);
        var meeting = First(meetings, "meetings");
        var detail = await api.RunAsync("Meeting", new { id = meeting }, key);
        var decision = detail.GetProperty("node").GetProperty("decisions").GetProperty("nodes")[0].GetProperty("id").GetString()!;
        var group = First(await api.RunAsync("WorkingGroups", new { first = 1 }, key), "workingGroups");
        var inspection = First(await api.RunAsync("Inspections", new { first = 1 }, key), "inspections");
        var finding = First(await api.RunAsync("Findings", new { first = 1 }, key), "findings");
        var campaign = First(await api.RunAsync("Campaigns", new { where = new { nameEn = new { contains = "Tehran" } }, first = 1 }, key), "campaigns");
        var organization = First(await api.RunAsync("SearchOrganizations",
            new { where = new { nameEn = new { eq = "Charities active in Rey County" } }, first = 1 }, key), "organizations");
        string Id(string id) => Uri.EscapeDataString(id);
        return
        [
            ("#/", "dashboard"),
            ("#/meetings", "meetings"),
            ($"#/meetings/{Id(meeting)}", "meeting"),
            ("#/meetings/new", "meeting-form"),
            ($"#/meetings/{Id(meeting)}/edit", "meeting-form"),
            ($"#/meetings/{Id(meeting)}/minutes", "minutes"),
            ("#/decisions", "decisions"),
            ("#/decisions?view=minutes", "minutes-awaiting"),
            ($"#/decisions/{Id(decision)}", "decision"),
            ("#/districts", "districts"),
            ("#/districts/20", "district"),
            ($"#/organizations/{Id(organization)}", "organization"),
            ("#/campaigns", "campaigns"),
            ($"#/campaigns/{Id(campaign)}", "campaign"),
            ("#/working-groups", "working-groups"),
            ($"#/working-groups/{Id(group)}", "working-group"),
            ($"#/working-groups/new?decision={Id(decision)}", "working-group-form"),
            ("#/inspections", "inspections"),
            ($"#/inspections/{Id(inspection)}", "inspection"),
            ("#/inspections/new", "inspection-form"),
            ("#/findings", "findings"),
            ($"#/findings/{Id(finding)}", "finding"),
            ("#/console", "console"),
            ("#/manage", "manage"),
        ];
    }
}
