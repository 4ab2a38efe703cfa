using Microsoft.Playwright;

namespace Hamahang.Web.Tests;

[Collection(AdminPageTests.Name)]
public sealed class LanguageTests(WebFixture fixture)
{
    [Fact]
    public async Task TheEnglishSwitchTurnsThePageLeftToRightAndChangesEveryLabel()
    {
        await using var admin = await fixture.OpenAsync(key: fixture.Host.AdminKey);
        await admin.GoAsync("#/meetings", "meetings");
        var nav = admin.Page.GetByRole(AriaRole.Navigation);
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = Strings.Fa["nav.meetings"] })).ToBeVisibleAsync();

        await admin.Page.GetByRole(AriaRole.Button, new() { Name = Strings.Fa["lang.switchLabel"] }).ClickAsync();
        await Assertions.Expect(admin.Page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
        await Assertions.Expect(admin.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = Strings.En["nav.meetings"] })).ToBeVisibleAsync();
        await Assertions.Expect(admin.View("meetings").GetByRole(AriaRole.Heading, new() { Name = Strings.En["meetings.title"], Level = 1 }))
            .ToBeVisibleAsync();
        await Assertions.Expect(admin.Field(Strings.En["meetings.search"])).ToBeVisibleAsync();

        // No Persian label is left in the page's own chrome (the records themselves stay as written).
        var chrome = await admin.Page.Locator("header").InnerTextAsync();
        Assert.DoesNotContain(Strings.Fa["nav.meetings"], chrome, StringComparison.Ordinal);
        Assert.DoesNotContain(Strings.Fa["action.signOut"], chrome, StringComparison.Ordinal);

        // The choice is kept across a reload, and switches back.
        await admin.Page.ReloadAsync();
        await admin.View("meetings").WaitForAsync();
        Assert.Equal("en", await admin.Page.EvaluateAsync<string>("document.documentElement.lang"));
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = Strings.En["lang.switchLabel"] }).ClickAsync();
        await Assertions.Expect(admin.Page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        admin.AssertClean();
    }
}
