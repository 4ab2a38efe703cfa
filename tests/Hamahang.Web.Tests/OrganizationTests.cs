using System.Text.Json;
using Microsoft.Playwright;

namespace Hamahang.Web.Tests;

/// <summary>An organization's crisis capacities and the districts it serves, set by editors; city-wide sites shown as such.</summary>
[Collection(AdminPageTests.Name)]
public sealed class OrganizationTests(WebFixture fixture)
{
    private static readonly IReadOnlyDictionary<string, string> Fa = Strings.Fa;

    private async Task<JsonElement> OrganizationAsync(string nameEn)
    {
        using var api = new GraphQLApi(fixture.Host);
        var found = await api.RunAsync("SearchOrganizations", new { where = new { nameEn = new { eq = nameEn } }, first = 2 }, fixture.Host.AdminKey);
        var id = found.GetProperty("organizations").GetProperty("nodes").EnumerateArray().Single().GetProperty("id").GetString();
        return (await api.RunAsync("Organization", new { id }, fixture.Host.AdminKey)).GetProperty("node");
    }

    [Fact]
    public async Task AnEditorSetsTheCapacitiesAndServiceAreasOfABodyServingRey()
    {
        await using var editor = await fixture.OpenAsync(key: await fixture.Host.CreateKeyAsync("Editor"));
        await editor.GoAsync("#/districts/20", "district");
        var servedBy = editor.View("district").Locator("[data-served-by]");
        await Assertions.Expect(servedBy).ToContainTextAsync("اداره بهزیستی شهرستان ری");
        await servedBy.GetByRole(AriaRole.Link, new() { Name = "مؤسسات خیریه فعال در شهرستان ری" }).ClickAsync();
        var view = editor.View("organization");
        await Assertions.Expect(view.Locator("[data-capacity=SOCIAL_SUPPORT]")).ToContainTextAsync("خدمت‌رسانی به اقشار آسیب‌پذیر");
        var before = await OrganizationAsync("Charities active in Rey County");

        // A negative quantity is refused by the API beside the field; nothing is written.
        await editor.Button(Fa["organization.setCapacities"]).ClickAsync();
        var dialog = editor.Page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Button, new() { Name = Fa["capacity.add"] }).ClickAsync();
        await editor.Field(Fa.Format("capacity.kindOf", ("n", 2))).SelectOptionAsync("VOLUNTEERS");
        await editor.Field(Fa.Format("capacity.descriptionOf", ("n", 2))).FillAsync("داوطلبان آموزش‌دیده خیریه‌ها");
        await editor.Field(Fa.Format("capacity.quantityOf", ("n", 2))).FillAsync("-1");
        await dialog.GetByRole(AriaRole.Button, new() { Name = Fa["organization.saveCapacities"] }).ClickAsync();
        await Assertions.Expect(editor.Field(Fa.Format("capacity.quantityOf", ("n", 2)))).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(before.GetProperty("version").GetInt64(), (await OrganizationAsync("Charities active in Rey County")).GetProperty("version").GetInt64());
        await editor.AssertAccessibleAsync("the capacities form with an API error");
        await editor.Field(Fa.Format("capacity.quantityOf", ("n", 2))).FillAsync("40");
        await editor.Field(Fa.Format("capacity.contactOf", ("n", 2))).FillAsync("۰۲۱-۵۵۰۰۰۰۰۰");
        await dialog.GetByRole(AriaRole.Button, new() { Name = Fa["organization.saveCapacities"] }).ClickAsync();
        await Assertions.Expect(view.Locator("[data-capacity=VOLUNTEERS]")).ToContainTextAsync("۴۰");
        await Assertions.Expect(view.Locator("[data-capacity=VOLUNTEERS]")).ToContainTextAsync("۰۲۱-۵۵۰۰۰۰۰۰");
        var saved = await OrganizationAsync("Charities active in Rey County");
        var volunteers = saved.GetProperty("capacities").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "VOLUNTEERS");
        Assert.Equal(40, volunteers.GetProperty("quantity").GetInt32());
        Assert.Equal(2, saved.GetProperty("capacities").GetArrayLength());

        // The districts served: District 19 added beside 20, and the district says so.
        await editor.Button(Fa["organization.setServiceAreas"]).ClickAsync();
        await dialog.GetByLabel(new System.Text.RegularExpressions.Regex("^\\s*منطقه ۱۹")).CheckAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = Fa["organization.saveServiceAreas"] }).ClickAsync();
        await Assertions.Expect(view.Locator("[data-service-area]")).ToHaveCountAsync(2);
        var areas = (await OrganizationAsync("Charities active in Rey County")).GetProperty("serviceAreas").EnumerateArray()
            .Select(d => d.GetProperty("number").GetInt32()).Order();
        Assert.Equal([19, 20], areas);
        await editor.GoAsync("#/districts/19", "district");
        await Assertions.Expect(editor.View("district").Locator("[data-served-by]")).ToContainTextAsync("مؤسسات خیریه فعال در شهرستان ری");
        editor.AssertClean();
    }

    [Fact]
    public async Task APartnerReadsAnOrganizationsCapacitiesButIsOfferedNoControlToChangeThem()
    {
        var davam = await OrganizationAsync("DAVAM volunteer emergency-response groups");
        await using var partner = await fixture.OpenAsync(key: await fixture.PartnerKeyAsync());
        await partner.GoAsync($"#/organizations/{Uri.EscapeDataString(davam.GetProperty("id").GetString()!)}", "organization");
        await Assertions.Expect(partner.View("organization").Locator("[data-capacity=VOLUNTEERS]")).ToBeVisibleAsync();
        await Assertions.Expect(partner.View("organization").GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        partner.AssertClean();
    }

    [Fact]
    public async Task AnAdministratorRecordsACityWideSiteAndEveryDistrictShowsItAsSuch()
    {
        await using var admin = await fixture.OpenAsync(key: fixture.Host.AdminKey);
        await admin.GoAsync("#/manage", "manage");
        var card = admin.View("manage").Locator("[aria-labelledby=m-site]");
        await card.GetByLabel(new System.Text.RegularExpressions.Regex("^" + Fa["site.name"])).FillAsync("ایستگاه مترو آزمون صادقیه");
        await card.GetByLabel(new System.Text.RegularExpressions.Regex("^" + Fa["site.kind"])).SelectOptionAsync("METRO_STATION");

        // Neither a district nor city-wide: refused before anything is sent.
        await card.GetByRole(AriaRole.Button, new() { Name = Fa["manage.newSite"] }).ClickAsync();
        await Assertions.Expect(card).ToContainTextAsync(Fa["site.districtOrCityWide"]);
        await card.GetByLabel(Fa["site.cityWideField"]).CheckAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = Fa["manage.newSite"] }).ClickAsync();
        await Assertions.Expect(card.Locator(".form-status")).ToHaveTextAsync(Fa["form.saved"]);

        using var api = new GraphQLApi(fixture.Host);
        var site = (await api.RunAsync("SearchSites", new { where = new { name = new { eq = "ایستگاه مترو آزمون صادقیه" } }, first = 2 },
            fixture.Host.AdminKey))
            .GetProperty("sites").GetProperty("nodes").EnumerateArray().Single();
        Assert.True(site.GetProperty("isCityWide").GetBoolean());
        Assert.Equal(JsonValueKind.Null, site.GetProperty("district").ValueKind);

        foreach (var district in new[] { 10, 19 })
        {
            await admin.GoAsync($"#/districts/{district}", "district");
            var row = admin.View("district").Locator("[data-city-wide-sites] tr").Filter(new() { HasText = "ایستگاه مترو آزمون صادقیه" });
            await Assertions.Expect(row).ToContainTextAsync(Fa["site.cityWide"]);
            await Assertions.Expect(row).ToContainTextAsync(Fa["enum.SiteKind.METRO_STATION"]);
        }

        admin.AssertClean();
    }
}
