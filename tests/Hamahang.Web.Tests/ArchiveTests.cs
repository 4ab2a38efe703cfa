using System.Text.Json;
using Microsoft.Playwright;

namespace Hamahang.Web.Tests;

/// <summary>The archive card of the Records view: a site archived and restored with a confirmation, and the API's errors shown.</summary>
[Collection(AdminPageTests.Name)]
public sealed class ArchiveTests(WebFixture fixture)
{
    private static readonly IReadOnlyDictionary<string, string> Fa = Strings.Fa;

    // A site of its own, so that archiving it changes nothing another test reads.
    private async Task<string> CreateSiteAsync(string name)
    {
        using var api = new GraphQLApi(fixture.Host);
        var districts = await api.RunAsync("DistrictOptions", null, fixture.Host.AdminKey);
        var district = districts.GetProperty("districts").GetProperty("nodes")[19].GetProperty("id").GetString();
        var data = await api.RunAsync("CreateSite", new { input = new { name, kind = "WAREHOUSE", districtId = district } }, fixture.Host.AdminKey);
        return data.GetProperty("createSite").GetProperty("site").GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> SiteAsync(string name, bool includeArchived)
    {
        using var api = new GraphQLApi(fixture.Host);
        var data = await api.RunAsync("ManageSites", new { where = new { name = new { eq = name } }, includeArchived, first = 5 }, fixture.Host.AdminKey);
        return data.GetProperty("sites").GetProperty("nodes");
    }

    [Fact]
    public async Task AnAdministratorArchivesASiteAfterConfirmingAndRestoresIt()
    {
        const string Name = "انبار آزمون بایگانی منطقه ۲۰";
        await CreateSiteAsync(Name);
        await using var admin = await fixture.OpenAsync(key: fixture.Host.AdminKey);
        await admin.GoAsync("#/manage", "manage");
        var card = admin.Page.Locator("[data-card=archive]");
        await card.GetByLabel(Fa["archive.records"]).SelectOptionAsync("site");
        await card.GetByLabel(Fa["archive.search"]).FillAsync("آزمون بایگانی");
        await card.GetByRole(AriaRole.Button, new() { Name = Fa["archive.list"] }).ClickAsync();
        await Assertions.Expect(card.Locator(".archive-row")).ToHaveCountAsync(1);
        Assert.Contains("records=site", admin.Page.Url, StringComparison.Ordinal);
        await Assertions.Expect(card.Locator(".archive-row")).ToContainTextAsync(Fa["archive.active"]);

        // Archiving asks first; cancelling changes nothing.
        var archive = card.GetByRole(AriaRole.Button, new() { Name = Fa.Format("archive.archiveNamed", ("name", Name)) });
        await archive.ClickAsync();
        var dialog = admin.Page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync(Fa.Format("archive.archiveTitle", ("name", Name)));
        await dialog.GetByRole(AriaRole.Button, new() { Name = Fa["action.cancel"] }).ClickAsync();
        Assert.Equal(JsonValueKind.Null, (await SiteAsync(Name, includeArchived: true))[0].GetProperty("archivedAt").ValueKind);

        await archive.ClickAsync();
        await admin.AssertAccessibleAsync("the archive confirmation");
        await dialog.GetByRole(AriaRole.Button, new() { Name = Fa["archive.archive"] }).ClickAsync();
        await Assertions.Expect(card.Locator(".archive-outcome")).ToHaveTextAsync(Fa.Format("archive.archived", ("name", Name)));
        await Assertions.Expect(card.Locator(".archive-row[data-archived=true]")).ToContainTextAsync(Fa["archive.archivedOn"].Split(' ')[0]);

        // Through the API: archived, and left out of the default list.
        Assert.NotEqual(JsonValueKind.Null, (await SiteAsync(Name, includeArchived: true))[0].GetProperty("archivedAt").ValueKind);
        Assert.Equal(0, (await SiteAsync(Name, includeArchived: false)).GetArrayLength());

        // Only the archived ones, by address: restored from there.
        await admin.GoAsync("#/manage?records=site&shown=archived&q=" + Uri.EscapeDataString("آزمون بایگانی"), "manage");
        await Assertions.Expect(card.Locator(".archive-row")).ToHaveCountAsync(1);
        await admin.ScreenshotAsync("manage-archive");
        await card.GetByRole(AriaRole.Button, new() { Name = Fa.Format("archive.restoreNamed", ("name", Name)) }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = Fa["archive.restore"] }).ClickAsync();
        await Assertions.Expect(card.Locator(".archive-outcome")).ToHaveTextAsync(Fa.Format("archive.restored", ("name", Name)));
        await Assertions.Expect(card.Locator(".archive-row")).ToHaveCountAsync(0);
        Assert.Equal(JsonValueKind.Null, (await SiteAsync(Name, includeArchived: false))[0].GetProperty("archivedAt").ValueKind);
        admin.AssertClean();
    }

    [Fact]
    public async Task ASiteChangedMeanwhileIsNotArchivedAndTheConcurrencyErrorIsShown()
    {
        const string Name = "انبار آزمون هم‌زمانی منطقه ۲۰";
        var id = await CreateSiteAsync(Name);
        await using var admin = await fixture.OpenAsync(key: fixture.Host.AdminKey);
        await admin.GoAsync("#/manage?records=site&q=" + Uri.EscapeDataString("آزمون هم‌زمانی"), "manage");
        var card = admin.Page.Locator("[data-card=archive]");
        await Assertions.Expect(card.Locator(".archive-row")).ToHaveCountAsync(1);

        // Someone else archives and restores it: the version the page holds is gone.
        using (var api = new GraphQLApi(fixture.Host))
        {
            var seen = (await SiteAsync(Name, includeArchived: false))[0].GetProperty("version").GetInt64();
            var archived = await api.RunAsync("ArchiveSite", new { input = new { id, version = seen } }, fixture.Host.AdminKey);
            var version = archived.GetProperty("archiveSite").GetProperty("site").GetProperty("version").GetInt64();
            await api.RunAsync("RestoreSite", new { input = new { id, version } }, fixture.Host.AdminKey);
        }

        await card.GetByRole(AriaRole.Button, new() { Name = Fa.Format("archive.archiveNamed", ("name", Name)) }).ClickAsync();
        await admin.Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = Fa["archive.archive"] }).ClickAsync();
        var outcome = card.Locator(".archive-outcome[role=alert]");
        await Assertions.Expect(outcome).ToContainTextAsync(Fa["error.payload.ConcurrencyError"]);
        await Assertions.Expect(outcome).Not.ToContainTextAsync("version");
        await Assertions.Expect(outcome).ToContainTextAsync(Fa["archive.reloaded"]);
        Assert.Equal(JsonValueKind.Null, (await SiteAsync(Name, includeArchived: false))[0].GetProperty("archivedAt").ValueKind);
        await admin.AssertAccessibleAsync("the archive card with an error");
        admin.AssertClean();
    }

    [Fact]
    public async Task EditorsAndPartnersReachNoArchiveControl()
    {
        foreach (var key in new[] { await fixture.Host.CreateKeyAsync("Editor"), await fixture.PartnerKeyAsync() })
        {
            await using var page = await fixture.OpenAsync(key: key);
            await page.GoAsync("#/manage?records=site", "forbidden");
            await Assertions.Expect(page.Page.Locator("[data-card=archive]")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Page.GetByRole(AriaRole.Button, new() { NameRegex = new("^" + Fa["archive.archiveNamed"].Split('{')[0]) }))
                .ToHaveCountAsync(0);
            await Assertions.Expect(page.Page.GetByRole(AriaRole.Link, new() { Name = Fa["nav.manage"] })).ToHaveCountAsync(0);
            page.AssertClean();
        }
    }
}
