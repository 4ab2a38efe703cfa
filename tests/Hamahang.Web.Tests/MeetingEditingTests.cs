using Microsoft.Playwright;

namespace Hamahang.Web.Tests;

[Collection(AdminPageTests.Name)]
public sealed class MeetingEditingTests(WebFixture fixture)
{
    private static readonly IReadOnlyDictionary<string, string> Fa = Strings.Fa;

    [Fact]
    public async Task AnEditorRecordsAMeetingWithAttendeesAndADecision()
    {
        await using var editor = await fixture.OpenAsync(key: await fixture.Host.CreateKeyAsync("Editor"));
        await editor.GoAsync("#/meetings", "meetings");
        await editor.Page.GetByRole(AriaRole.Link, new() { Name = Fa["meetings.new"] }).ClickAsync();
        await editor.View("meeting-form").WaitForAsync();

        // The API's rules, shown beside the field they name: a meeting cannot end before it starts (only the API checks it).
        var title = editor.Field(Fa["meeting.titleField"]);
        await title.FillAsync("جلسه هماهنگی آزمون مرورگر در منطقه ۲۰");
        await editor.Field(Fa["meeting.startsAt"]).FillAsync("2026-12-20T10:00");
        var ends = editor.Field(Fa["meeting.endsAt"]);
        await ends.FillAsync("2026-12-20T09:00");
        await editor.Button(Fa["meeting.record"]).ClickAsync();
        await Assertions.Expect(ends).ToHaveAttributeAsync("aria-invalid", "true");
        var endsField = editor.View("meeting-form").Locator("[data-field=endsAt]");
        await Assertions.Expect(endsField.Locator(".field-error")).ToHaveTextAsync(Strings.Fa.Format("error.rule.after", ("other", Fa["meeting.startsAt"])));
        await editor.AssertAccessibleAsync("the meeting form with an API error");
        await editor.ScreenshotAsync("meeting-form-error");
        await ends.FillAsync("2026-12-20T12:00");

        await editor.Field(Fa["meeting.venue"]).FillAsync("سالن مدیریت بحران منطقه");
        await editor.Button(Fa["agenda.add"]).ClickAsync();
        await editor.Field(Strings.Fa.Format("agenda.itemTitle", ("n", 1))).FillAsync("بررسی آمادگی پایگاه‌های پشتیبانی");
        await editor.PickAsync(Fa["attendee.addPerson"], "خوشی", "محمد خوشی");
        await editor.PickAsync(Fa["attendee.addOrganization"], "قم", "استانداری قم");
        await editor.ScreenshotAsync("meeting-form-filled");
        await editor.Button(Fa["meeting.record"]).ClickAsync();

        var meeting = editor.View("meeting");
        await meeting.WaitForAsync();
        await Assertions.Expect(meeting.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("جلسه هماهنگی آزمون مرورگر در منطقه ۲۰");
        await Assertions.Expect(meeting.GetByText("بررسی آمادگی پایگاه‌های پشتیبانی")).ToBeVisibleAsync();
        await Assertions.Expect(meeting.GetByText("محمد خوشی")).ToBeVisibleAsync();
        await Assertions.Expect(meeting.GetByText("استانداری قم").First).ToBeVisibleAsync();

        // A decision with an owner and a due date.
        await meeting.GetByText(Fa["decision.record"], new() { Exact = true }).First.ClickAsync();
        await editor.Field(Fa["decision.text"]).FillAsync("مقرر شد فهرست تجهیزات پایگاه‌ها تا پایان ماه تهیه شود.");
        await editor.Field(Fa["decision.dueDate"]).FillAsync("2027-01-15");
        await editor.PickAsync(Fa["decision.addOwner"], "بحران", "اداره مدیریت بحران");
        await meeting.Locator("form").Last.GetByRole(AriaRole.Button, new() { Name = Fa["decision.record"], Exact = true }).ClickAsync();
        await Assertions.Expect(editor.View("meeting").GetByText("مقرر شد فهرست تجهیزات پایگاه‌ها تا پایان ماه تهیه شود.")).ToBeVisibleAsync();
        await Assertions.Expect(editor.View("meeting").GetByText(new System.Text.RegularExpressions.Regex("مدیریت بحران"))).Not.ToHaveCountAsync(0);
        await editor.ScreenshotAsync("meeting-recorded");
        editor.AssertClean();
    }
}
