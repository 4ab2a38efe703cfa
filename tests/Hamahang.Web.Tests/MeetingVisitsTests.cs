using System.Text.Json;
using Microsoft.Playwright;

namespace Hamahang.Web.Tests;

/// <summary>The meeting form's site visits (site, notes, photo captions) and tags, saved through SetMeetingSiteVisits and SetMeetingTags.</summary>
[Collection(AdminPageTests.Name)]
public sealed class MeetingVisitsTests(WebFixture fixture)
{
    private static readonly IReadOnlyDictionary<string, string> Fa = Strings.Fa;

    private async Task<JsonElement> MeetingAsync(string id)
    {
        using var api = new GraphQLApi(fixture.Host);
        return (await api.RunAsync("Meeting", new { id }, fixture.Host.AdminKey)).GetProperty("node");
    }

    [Fact]
    public async Task AnEditorRecordsASiteVisitWithCaptionsAndTagsWithTheApisErrorBesideTheTagsThenTakesTheVisitAway()
    {
        var id = await fixture.RecordMeetingAsync("بازدید آزمون از سایت‌های اسکان منطقه ۱۹");
        await using var editor = await fixture.OpenAsync(key: await fixture.Host.CreateKeyAsync("Editor"));
        await editor.GoAsync($"#/meetings/{Uri.EscapeDataString(id)}/edit", "meeting-form");
        await editor.Button(Fa["visit.add"]).ClickAsync();
        await editor.PickAsync(Fa.Format("visit.siteOf", ("n", 1)), "جانبازان", "سایت اسکان اضطراری بوستان جانبازان");
        await editor.Field(Fa.Format("visit.notesOf", ("n", 1))).FillAsync("بازدید از چادرهای اسکان");
        await editor.Field(Fa.Format("visit.captionsOf", ("n", 1))).FillAsync("ورودی سایت\n\nانبار اقلام");

        // A tag that is only «#» is the API's to refuse, beside the tags field; the tags are not written.
        var tags = editor.Field(Fa["meeting.tags"]);
        await tags.FillAsync("مدیریت بحران، #");
        await editor.Button(Fa["action.save"]).ClickAsync();
        await Assertions.Expect(tags).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(0, (await MeetingAsync(id)).GetProperty("tags").GetArrayLength());
        await editor.AssertAccessibleAsync("the meeting form with a refused tag");
        await editor.ScreenshotAsync("meeting-form-visits");
        await tags.FillAsync("مدیریت بحران، #اسکان_اضطراری");
        await editor.Button(Fa["action.save"]).ClickAsync();

        var meeting = editor.View("meeting");
        await meeting.WaitForAsync();
        await Assertions.Expect(meeting.Locator(".captions li")).ToHaveTextAsync(["ورودی سایت", "انبار اقلام"]);
        await Assertions.Expect(meeting).ToContainTextAsync("بازدید از چادرهای اسکان");
        await Assertions.Expect(meeting.Locator(".facts")).ToContainTextAsync("اسکان_اضطراری");
        await Assertions.Expect(meeting.Locator(".facts")).ToContainTextAsync("مدیریت بحران");
        await Assertions.Expect(meeting.Locator(".facts")).Not.ToContainTextAsync("#");
        var saved = await MeetingAsync(id);
        var visit = saved.GetProperty("siteVisits").EnumerateArray().Single();
        Assert.Equal("سایت اسکان اضطراری بوستان جانبازان", visit.GetProperty("site").GetProperty("name").GetString());
        Assert.Equal(["ورودی سایت", "انبار اقلام"], visit.GetProperty("photos").EnumerateArray().Select(p => p.GetProperty("caption").GetString()));
        Assert.Equal(["اسکان_اضطراری", "مدیریت بحران"], saved.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("name").GetString()).Order());

        // Read back into the form: the visit and tags are there; the visit taken away, the tags kept.
        await editor.GoAsync($"#/meetings/{Uri.EscapeDataString(id)}/edit", "meeting-form");
        await Assertions.Expect(editor.Field(Fa["meeting.tags"]))
            .ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^(اسکان_اضطراری، مدیریت بحران|مدیریت بحران، اسکان_اضطراری)$"));
        await Assertions.Expect(editor.Field(Fa.Format("visit.captionsOf", ("n", 1)))).ToHaveValueAsync("ورودی سایت\nانبار اقلام");
        await editor.Button(Fa.Format("visit.remove", ("n", 1))).ClickAsync();
        await editor.Button(Fa["action.save"]).ClickAsync();
        await editor.View("meeting").WaitForAsync();
        await Assertions.Expect(editor.View("meeting")).ToContainTextAsync(Fa["meeting.noSiteVisits"]);
        var after = await MeetingAsync(id);
        Assert.Equal(0, after.GetProperty("siteVisits").GetArrayLength());
        Assert.Equal(2, after.GetProperty("tags").GetArrayLength());
        editor.AssertClean();
    }

    [Fact]
    public async Task AVisitWithNoSiteIsRefusedBeforeAnythingIsSent()
    {
        var id = await fixture.RecordMeetingAsync("جلسه آزمون بازدید بدون مکان");
        await using var editor = await fixture.OpenAsync(key: await fixture.Host.CreateKeyAsync("Editor"));
        await editor.GoAsync($"#/meetings/{Uri.EscapeDataString(id)}/edit", "meeting-form");
        var version = (await MeetingAsync(id)).GetProperty("version").GetInt64();
        await editor.Button(Fa["visit.add"]).ClickAsync();
        await editor.Button(Fa["action.save"]).ClickAsync();
        await Assertions.Expect(editor.Page.GetByRole(AriaRole.Combobox, new() { Name = Fa.Format("visit.siteOf", ("n", 1)) }))
            .ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(version, (await MeetingAsync(id)).GetProperty("version").GetInt64());
        editor.AssertClean();
    }
}
