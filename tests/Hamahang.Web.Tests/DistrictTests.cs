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
}
