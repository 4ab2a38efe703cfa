using Microsoft.Playwright;

namespace Hamahang.Web.Tests;

/// <summary>
/// "Reported by": the outlet, its news code and publication day, in the direction of the page's language. The Persian
/// outlet name is isolated, so the English line stays left to right, and a campaign shows its source the same way.
/// </summary>
[Collection(AdminPageTests.Name)]
public sealed class ProvenanceTests(WebFixture fixture)
{
    // The horizontal order of the outlet's name (the line's first node) and the news code after it, as laid out.
    private const string OutletLeftOfNewsCode = """
        dd => {
          const range = document.createRange();
          range.selectNodeContents(dd.firstChild);
          return range.getBoundingClientRect().left < dd.querySelector('.meta').getBoundingClientRect().left;
        }
        """;

    [Theory]
    [InlineData("fa")]
    [InlineData("en")]
    public async Task TheReportedByLineRunsInThePagesDirectionWhateverScriptTheOutletIsWrittenIn(string lang)
    {
        var strings = Strings.For(lang);
        await using var admin = await fixture.OpenAsync(key: fixture.Host.AdminKey);
        await admin.GoAsync("#/meetings?q=" + Uri.EscapeDataString("ناظرین"), "meetings");
        await admin.View("meetings").GetByRole(AriaRole.Link, new() { NameRegex = new("شبکه ناظرین مردمی") }).ClickAsync();
        await admin.View("meeting").WaitForAsync();
        if (lang == "en")
        {
            await admin.Page.GetByRole(AriaRole.Button, new() { Name = Strings.Fa["lang.switchLabel"] }).ClickAsync();
            await Assertions.Expect(admin.Page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
        }

        var line = admin.View("meeting").Locator(".facts dd").Filter(new() { HasText = strings.Format("provenance.newsCode", ("code", 54514)) });
        await Assertions.Expect(line).ToContainTextAsync("خبرایران");
        await Assertions.Expect(line.Locator("bdi")).ToHaveTextAsync("خبرایران");
        Assert.Equal(lang == "en", await line.EvaluateAsync<bool>(OutletLeftOfNewsCode));
        await admin.ScreenshotAsync($"provenance-meeting-{lang}");

        // The campaign's source is the same line: outlet, news code, and the post's link.
        await admin.GoAsync("#/campaigns?q=" + Uri.EscapeDataString("جان می‌گیرد"), "campaigns");
        await admin.View("campaigns").Locator("[data-campaign]").GetByRole(AriaRole.Link).ClickAsync();
        var source = admin.View("campaign").Locator(".facts dd").Filter(new() { HasText = strings.Format("provenance.newsCode", ("code", 331890)) });
        await Assertions.Expect(source.Locator("bdi")).ToHaveTextAsync("پیام خوزستان");
        await Assertions.Expect(source.GetByRole(AriaRole.Link, new() { Name = strings["provenance.sourceLink"] }))
            .ToHaveAttributeAsync("href", "https://www.payamekhuzestan.ir/Fa/News/331890/");
        Assert.Equal(lang == "en", await source.EvaluateAsync<bool>(OutletLeftOfNewsCode));
        admin.AssertClean();
    }
}
