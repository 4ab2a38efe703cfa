using System.Text.Json;
using Microsoft.Playwright;

namespace Hamahang.Web.Tests;

/// <summary>Partnerships recorded, updated and given counterpart departments on the district view, by editors only.</summary>
[Collection(AdminPageTests.Name)]
public sealed class PartnershipEditingTests(WebFixture fixture)
{
    private static readonly IReadOnlyDictionary<string, string> Fa = Strings.Fa;

    private async Task<JsonElement> PartnershipsAsync(int district)
    {
        using var api = new GraphQLApi(fixture.Host);
        var data = await api.RunAsync("District", new { number = district, organizations = new { district = new { number = new { eq = district } } } },
            fixture.Host.AdminKey);
        return data.GetProperty("district").GetProperty("partnerships");
    }

    [Fact]
    public async Task AnEditorRecordsAPartnershipWithACounterpartPairThenUpdatesItAndItsPairs()
    {
        await using var editor = await fixture.OpenAsync(key: await fixture.Host.CreateKeyAsync("Editor"));
        await editor.GoAsync("#/districts/19", "district");
        var before = (await PartnershipsAsync(19)).GetArrayLength();
        await editor.Button(Fa["partnership.record"]).ClickAsync();
        var dialog = editor.Page.GetByRole(AriaRole.Dialog);
        await editor.PickAsync(Fa["partnership.organization"], "استانداری قم", "استانداری قم");
        await dialog.GetByLabel(Fa["partnership.isLeading"]).CheckAsync();
        await editor.Field(Fa["partnership.startsOn"]).FillAsync("2025-03-21");
        await editor.Field(Fa["partnership.endsOn"]).FillAsync("2024-03-19");
        await editor.Field(Fa["partnership.instructionField"]).FillAsync("دستورالعمل آزمون استان معین");
        await dialog.GetByRole(AriaRole.Button, new() { Name = Fa["partnership.addPair"] }).ClickAsync();
        await editor.PickAsync(Fa.Format("partnership.sideDepartment", ("n", 1)), "مدیریت بحران استانداری", "اداره کل مدیریت بحران استانداری قم");
        await editor.PickAsync(Fa.Format("partnership.counterpartDepartment", ("n", 1)), "خدمات شهری منطقه ۱۹", "معاونت خدمات شهری منطقه ۱۹");

        // The API refuses a period that ends before it starts, beside the field, and records nothing.
        await dialog.GetByRole(AriaRole.Button, new() { Name = Fa["partnership.record"] }).ClickAsync();
        await Assertions.Expect(editor.Field(Fa["partnership.endsOn"])).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(before, (await PartnershipsAsync(19)).GetArrayLength());
        await editor.AssertAccessibleAsync("the partnership form with an API error");
        await editor.ScreenshotAsync("partnership-form");
        await editor.Field(Fa["partnership.endsOn"]).FillAsync("2026-03-20");
        await dialog.GetByRole(AriaRole.Button, new() { Name = Fa["partnership.record"] }).ClickAsync();

        var item = editor.View("district").Locator("[data-partnership]").Filter(new() { HasText = "دستورالعمل آزمون استان معین" });
        await Assertions.Expect(item).ToContainTextAsync(Fa["partnership.leading"]);
        await Assertions.Expect(item).ToContainTextAsync("اداره کل مدیریت بحران استانداری قم ↔ معاونت خدمات شهری منطقه ۱۹");
        await Assertions.Expect(item).ToContainTextAsync("۱۴۰۴");
        var recorded = (await PartnershipsAsync(19)).EnumerateArray().Single(p => p.GetProperty("instruction").GetString() == "دستورالعمل آزمون استان معین");
        Assert.True(recorded.GetProperty("isLeading").GetBoolean());
        Assert.Equal("2025-03-21", recorded.GetProperty("startsOn").GetString());
        Assert.Equal("معاونت خدمات شهری منطقه ۱۹", recorded.GetProperty("counterparts")[0].GetProperty("counterpart").GetProperty("name").GetString());

        // Updated at the version it was read at: no longer leading.
        await item.GetByRole(AriaRole.Button, new() { Name = Fa.Format("partnership.editNamed", ("name", "استانداری قم")) }).ClickAsync();
        await dialog.GetByLabel(Fa["partnership.isLeading"]).UncheckAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = Fa["action.save"] }).ClickAsync();
        await Assertions.Expect(item).Not.ToContainTextAsync(Fa["partnership.leading"]);
        var updated = (await PartnershipsAsync(19)).EnumerateArray().Single(p => p.GetProperty("id").GetString() == recorded.GetProperty("id").GetString());
        Assert.False(updated.GetProperty("isLeading").GetBoolean());
        Assert.True(updated.GetProperty("version").GetInt64() > recorded.GetProperty("version").GetInt64());

        // Its counterpart pairs replaced: the pair taken away.
        await item.GetByRole(AriaRole.Button, new() { Name = Fa.Format("partnership.counterpartsNamed", ("name", "استانداری قم")) }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = Fa.Format("partnership.removePair", ("n", 1)) }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = Fa["partnership.saveCounterparts"] }).ClickAsync();
        await Assertions.Expect(item).Not.ToContainTextAsync("↔");
        var paired = (await PartnershipsAsync(19)).EnumerateArray().Single(p => p.GetProperty("id").GetString() == recorded.GetProperty("id").GetString());
        Assert.Equal(0, paired.GetProperty("counterparts").GetArrayLength());
        editor.AssertClean();
    }

    [Fact]
    public async Task APartnerReadsTheDistrictsPartnershipButIsOfferedNoControlToChangeIt()
    {
        await using var partner = await fixture.OpenAsync(key: await fixture.PartnerKeyAsync());
        await partner.GoAsync("#/districts/20", "district");
        var qom = partner.View("district").Locator("[data-partnership]");
        await Assertions.Expect(qom).ToHaveCountAsync(1);
        await Assertions.Expect(qom.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Assertions.Expect(partner.Page.GetByRole(AriaRole.Button, new() { Name = Fa["partnership.record"] })).ToHaveCountAsync(0);
        await Assertions.Expect(partner.Page.GetByRole(AriaRole.Button, new() { NameRegex = new(Fa["partnership.editNamed"].Split('{')[0]) }))
            .ToHaveCountAsync(0);
        partner.AssertClean();
    }
}
