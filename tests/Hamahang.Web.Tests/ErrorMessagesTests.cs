using Microsoft.Playwright;

namespace Hamahang.Web.Tests;

/// <summary>
/// The API words its errors in English. The Persian page shows them in Persian: a request error by its
/// <c>extensions.code</c>, a payload validation error under the form's own label of the field it names; the English page
/// keeps the API's words.
/// </summary>
[Collection(AdminPageTests.Name)]
public sealed class ErrorMessagesTests(WebFixture fixture)
{
    private static async Task<AdminPage> InAsync(AdminPage page, string lang)
    {
        if (lang == "en")
        {
            await page.Page.GetByRole(AriaRole.Button, new() { Name = Strings.Fa["lang.switchLabel"] }).ClickAsync();
            await Assertions.Expect(page.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        }

        return page;
    }

    [Theory]
    [InlineData("fa")]
    [InlineData("en")]
    public async Task AValidationErrorOfTheApiNamesTheFieldByItsLabelInThePagesLanguage(string lang)
    {
        var s = Strings.For(lang);
        await using var editor = await fixture.OpenAsync(key: await fixture.Host.CreateKeyAsync("Editor"));
        await editor.GoAsync("#/meetings", "meetings");
        await InAsync(editor, lang);
        await editor.Page.GetByRole(AriaRole.Link, new() { Name = s["meetings.new"] }).ClickAsync();
        var form = editor.View("meeting-form");
        await form.WaitForAsync();
        await editor.Field(s["meeting.titleField"]).FillAsync("جلسه آزمون پیام‌های خطا");
        await editor.Field(s["meeting.startsAt"]).FillAsync("2026-12-20T10:00");
        await editor.Field(s["meeting.endsAt"]).FillAsync("2026-12-20T09:00");
        await editor.Button(s["meeting.record"]).ClickAsync();

        // Only the API checks that a meeting ends after it starts; its message names 'endsAt' and 'startsAt'.
        var beside = form.Locator("[data-field=endsAt] .field-error");
        var summary = form.Locator(".form-summary");
        await Assertions.Expect(editor.Field(s["meeting.endsAt"])).ToHaveAttributeAsync("aria-invalid", "true");
        if (lang == "fa")
        {
            var rule = Strings.Fa.Format("error.rule.after", ("other", Strings.Fa["meeting.startsAt"]));
            await Assertions.Expect(beside).ToHaveTextAsync(rule);
            await Assertions.Expect(summary).ToContainTextAsync(Strings.Fa.Format("error.field", ("label", Strings.Fa["meeting.endsAt"]), ("rule", rule)));
            await Assertions.Expect(summary).Not.ToContainTextAsync("startsAt");
        }
        else
        {
            await Assertions.Expect(beside).ToContainTextAsync("'startsAt'");
            await Assertions.Expect(summary).ToContainTextAsync("'endsAt'");
        }

        await editor.ScreenshotAsync("error-validation");
        editor.AssertClean();
    }

    [Theory]
    [InlineData("fa")]
    [InlineData("en")]
    public async Task ARequestErrorIsShownByItsCodeInPersianAndInTheApisWordsInEnglish(string lang)
    {
        await using var admin = await fixture.OpenAsync(key: fixture.Host.AdminKey);
        await admin.GoAsync("#/meetings", "meetings");
        await InAsync(admin, lang);

        // A cursor the API did not give: the error's code is HC0078, its message English.
        await admin.GoAsync("#/meetings?after=bm90LWEtY3Vyc29y", "meetings");
        var alert = admin.View("meetings").Locator(".alert.error");
        if (lang == "fa")
        {
            await Assertions.Expect(alert).ToContainTextAsync(Strings.Fa["error.code.badInput"]);
            await Assertions.Expect(alert).Not.ToContainTextAsync("cursor");
        }
        else
        {
            await Assertions.Expect(alert).ToContainTextAsync("The cursor is not valid.");
        }

        await admin.ScreenshotAsync("error-request");
        admin.AssertClean();
    }
}
