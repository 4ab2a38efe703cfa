using Microsoft.Playwright;

namespace Hamahang.Web.Tests;

[Collection(AdminPageTests.Name)]
public sealed class MeetingSearchTests(WebFixture fixture)
{
    private static readonly IReadOnlyDictionary<string, string> Fa = Strings.Fa;

    [Fact]
    public async Task APersianWordTypedWithArabicYehFindsTheMeetingAndTheSearchLivesInTheAddress()
    {
        await using var editor = await fixture.OpenAsync(key: fixture.Host.AdminKey);
        await editor.GoAsync("#/meetings", "meetings");
        var view = editor.View("meetings");

        // «ناظرين» with Arabic ي (U+064A), as an Arabic keyboard types it; the title has Persian ی.
        await editor.Field(Fa["meetings.search"]).FillAsync("ناظرين");
        await editor.Field(Fa["meetings.search"]).PressAsync("Enter");
        var result = view.GetByRole(AriaRole.Link, new() { NameRegex = new("شبکه ناظرین مردمی") });
        await Assertions.Expect(result).ToHaveCountAsync(1);
        await Assertions.Expect(view.GetByRole(AriaRole.Link, new() { NameRegex = new("استان معین") })).ToHaveCountAsync(0);
        Assert.Contains("q=", editor.Page.Url, StringComparison.Ordinal);

        // The address is the view: reloading it (or sharing it) shows the same result.
        await editor.Page.ReloadAsync();
        await editor.View("meetings").WaitForAsync();
        await Assertions.Expect(editor.Field(Fa["meetings.search"])).ToHaveValueAsync("ناظرين");
        await Assertions.Expect(editor.View("meetings").GetByRole(AriaRole.Link, new() { NameRegex = new("شبکه ناظرین مردمی") })).ToHaveCountAsync(1);

        // Without the half-space: «هماندیشی» finds both consultation sessions («هم‌اندیشی»).
        await editor.Field(Fa["meetings.search"]).FillAsync("هماندیشی");
        await editor.Field(Fa["meetings.search"]).PressAsync("Enter");
        await Assertions.Expect(editor.View("meetings").GetByRole(AriaRole.Link, new() { NameRegex = new("هم‌اندیشی") })).ToHaveCountAsync(2);

        // With a space, as the sources write it, and with the ZWNJ: the same two sessions.
        foreach (var spelling in new[] { "هم اندیشی", "هم\u200Cاندیشی" })
        {
            await editor.Field(Fa["meetings.search"]).FillAsync(spelling);
            await editor.Field(Fa["meetings.search"]).PressAsync("Enter");
            await Assertions.Expect(editor.View("meetings").GetByRole(AriaRole.Link, new() { NameRegex = new("هم‌اندیشی") })).ToHaveCountAsync(2);
        }

        editor.AssertClean();
    }

    [Fact]
    public async Task PagingKeepsTheFiltersInTheAddress()
    {
        await using var editor = await fixture.OpenAsync(key: fixture.Host.AdminKey);
        await editor.GoAsync("#/meetings?first=2&sort=oldest", "meetings");
        var rows = editor.View("meetings").Locator(".row-list").GetByRole(AriaRole.Link);
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        var firstPage = await rows.AllInnerTextsAsync();

        await editor.Page.GetByRole(AriaRole.Button, new() { Name = Fa["paging.more"] })
            .Or(editor.Page.GetByRole(AriaRole.Link, new() { Name = Fa["paging.more"] })).First.ClickAsync();
        await Assertions.Expect(editor.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("after="));
        Assert.Contains("sort=oldest", editor.Page.Url, StringComparison.Ordinal);
        await editor.Page.ReloadAsync();
        await editor.View("meetings").WaitForAsync();
        await Assertions.Expect(editor.View("meetings").Locator(".row-list").GetByRole(AriaRole.Link).First).ToBeVisibleAsync();
        var later = await editor.View("meetings").Locator(".row-list").GetByRole(AriaRole.Link).AllInnerTextsAsync();
        Assert.NotEmpty(later);
        Assert.Empty(later.Intersect(firstPage));
        editor.AssertClean();
    }
}
