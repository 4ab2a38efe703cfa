using Microsoft.Playwright;

namespace Hamahang.Web.Tests;

[Collection(AdminPageTests.Name)]
public sealed class MinutesTests(WebFixture fixture)
{
    private static readonly IReadOnlyDictionary<string, string> Fa = Strings.Fa;

    [Fact]
    public async Task MinutesAreWrittenWithALivePreviewThenApprovedPublishedAndAmended()
    {
        var meeting = await fixture.RecordMeetingAsync("جلسه آزمون صورتجلسه");
        await using var editor = await fixture.OpenAsync(key: await fixture.Host.CreateKeyAsync("Editor"));
        await editor.GoAsync($"#/meetings/{Uri.EscapeDataString(meeting)}/minutes", "minutes");
        var view = editor.View("minutes");

        await editor.Field(Strings.Fa.Format("minutes.sectionHeading", ("n", 1))).FillAsync("خلاصه مذاکرات");
        await editor.Field(Strings.Fa.Format("minutes.sectionBody", ("n", 1))).FillAsync("**مقرر شد** گزارش هفتگی ارسال شود. <script>alert(1)</script>");

        // The preview is the server's Markdig rendering: bold becomes <strong>, the script stays text.
        var preview = view.Locator("#minutes-preview");
        await Assertions.Expect(preview.Locator("strong")).ToHaveTextAsync("مقرر شد");
        await Assertions.Expect(preview).ToContainTextAsync("<script>alert(1)</script>");
        Assert.Equal(0, await editor.Page.Locator("script:not([src])").CountAsync());
        await editor.ScreenshotAsync("minutes-editor");

        await view.GetByRole(AriaRole.Button, new() { Name = Fa["minutes.writeSubmit"] }).ClickAsync();
        await Assertions.Expect(editor.View("minutes").GetByText(Strings.Fa.Format("minutes.revisionN", ("n", 1))).First).ToBeVisibleAsync();
        await editor.Button(Fa["minutes.approve"]).ClickAsync();
        await editor.Button(Fa["minutes.publish"]).ClickAsync();
        await Assertions.Expect(editor.Button(Fa["minutes.publish"])).ToHaveCountAsync(0);

        // The published revision, as Minutes.html renders its Markdown: the meeting's title and the section.
        view = editor.View("minutes");
        var published = view.Locator(".minutes-html:not(.preview)");
        await Assertions.Expect(published.Locator("h1")).ToHaveTextAsync("جلسه آزمون صورتجلسه");
        await Assertions.Expect(published.Locator("strong", new() { HasText = "مقرر شد" })).ToHaveCountAsync(1);
        await Assertions.Expect(published).ToContainTextAsync("گزارش هفتگی ارسال شود. <script>alert(1)</script>");
        await Assertions.Expect(view.GetByText(Strings.Fa["enum.MinutesStatus.PUBLISHED"]).First).ToBeVisibleAsync();

        // A correction is a new revision that amends the published one.
        await editor.Field(Strings.Fa.Format("minutes.sectionBody", ("n", 1))).FillAsync("**مقرر شد** گزارش ماهانه ارسال شود.");
        await view.GetByRole(AriaRole.Button, new() { Name = Fa["minutes.amendSubmit"] }).ClickAsync();
        await Assertions.Expect(editor.View("minutes").GetByText(Strings.Fa.Format("minutes.amends", ("n", 1))).First).ToBeVisibleAsync();
        await Assertions.Expect(editor.View("minutes").GetByText(Strings.Fa.Format("minutes.revisionN", ("n", 2))).First).ToBeVisibleAsync();
        await editor.AssertAccessibleAsync("the minutes editor");
        await editor.ScreenshotAsync("minutes-history");
        editor.AssertClean();
    }
}
