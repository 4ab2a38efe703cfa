using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Hamahang.Web.Tests;

/// <summary>
/// The API words its errors in English. The Persian page shows them in Persian: a request error by its
/// <c>extensions.code</c>; the English page keeps the API's words for those. In both languages a payload validation error
/// reads as a person writes it: the field it names under the form's own label, the rule from its <c>code</c> and values,
/// never from the API's message (whose field names are the schema's); an unknown code falls back to the API's message in
/// English.
/// </summary>
[Collection(AdminPageTests.Name)]
public sealed partial class ErrorMessagesTests(WebFixture fixture)
{
    private const string Unworded = "A message the page must not read.";

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
        // The page reads the code: with the English message replaced, its sentence is the same.
        await editor.Page.RouteAsync("**/graphql", async route =>
        {
            if (route.Request.PostData?.Contains("\"operationName\":\"RecordMeeting\"", StringComparison.Ordinal) != true)
            {
                await route.ContinueAsync();
                return;
            }

            var response = await route.FetchAsync();
            var body = JsonNode.Parse(await response.TextAsync())!;
            foreach (var error in body["data"]!["recordMeeting"]!["errors"]!.AsArray())
            {
                Assert.Equal("AFTER", (string?)error!["code"]);
                Assert.Equal("startsAt", (string?)error["otherField"]);
                error["message"] = Unworded;
            }

            await route.FulfillAsync(new() { Response = response, Body = body.ToJsonString() });
        });

        await editor.Button(s["meeting.record"]).ClickAsync();

        // Only the API checks that a meeting ends after it starts; its error names 'endsAt', code AFTER, and 'startsAt'.
        var beside = form.Locator("[data-field=endsAt] .field-error");
        var summary = form.Locator(".form-summary");
        await Assertions.Expect(editor.Field(s["meeting.endsAt"])).ToHaveAttributeAsync("aria-invalid", "true");
        var rule = s.Format("error.rule.after", ("other", s["meeting.startsAt"]));
        await Assertions.Expect(beside).ToHaveTextAsync(rule);
        await Assertions.Expect(summary).ToContainTextAsync(s.Format("error.field", ("label", s["meeting.endsAt"]), ("rule", rule)));
        await Assertions.Expect(summary).Not.ToContainTextAsync("startsAt");
        await Assertions.Expect(summary).Not.ToContainTextAsync("endsAt");
        await Assertions.Expect(summary).Not.ToContainTextAsync(Unworded);
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

    [Theory]
    [InlineData("fa")]
    [InlineData("en")]
    public async Task EveryValidationCodeOfTheSchemaHasItsSentenceWithItsValues(string lang)
    {
        var schema = await File.ReadAllTextAsync(Path.Combine(Repository.PageRoot, "schema", "schema.graphql"));
        var codes = ValidationCodeEnum().Match(schema).Groups["values"].Value
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => ValueName().IsMatch(line)).ToList();
        Assert.Contains("REQUIRED", codes);
        Assert.Contains("MAX_LENGTH", codes);

        await using var editor = await fixture.OpenAsync(key: await fixture.Host.CreateKeyAsync("Editor"));
        await editor.GoAsync("#/meetings/new", "meeting-form");
        await InAsync(editor, lang);
        var table = Strings.For(lang);
        foreach (var code in codes)
        {
            // The sentence beside the field, from a ValidationError as the API sends it, the other field under its label.
            var text = await editor.Page.EvaluateAsync<string>(
                """
                async ([code, message, startsAt]) => {
                  const { payloadErrorText } = await import('/js/errors.js');
                  const labels = { startsAt };
                  const error = { __typename: 'ValidationError', field: 'endsAt', code, min: '1900-01-01', max: '200', otherField: 'startsAt', message };
                  return payloadErrorText(error, (path) => labels[path] ?? null).beside;
                }
                """, new[] { code, Unworded, table["meeting.startsAt"] });
            if (code == "OTHER")
            {
                // A code the page has no sentence for: English keeps the API's message, Persian says the value was not accepted.
                Assert.Equal(lang == "en" ? Unworded : table["error.rule.other"], text);
                continue;
            }

            Assert.DoesNotContain(Unworded, text, StringComparison.Ordinal);
            Assert.DoesNotContain("{", text, StringComparison.Ordinal);
            Assert.NotEqual(table["error.rule.other"], text);
            if (code == "MAX_LENGTH")
            {
                Assert.Equal(table.Format("error.rule.maxLength", ("max", 200)), text);
            }
            else if (code == "BETWEEN")
            {
                Assert.Equal(table.Format("error.rule.between", ("min", "1900-01-01"), ("max", 200)), text);
            }
            else if (code == "AFTER")
            {
                Assert.Equal(table.Format("error.rule.after", ("other", table["meeting.startsAt"])), text);
            }
        }

        editor.AssertClean();
    }

    [GeneratedRegex(@"^enum ValidationCode \{(?<values>[^}]*)\}", RegexOptions.Multiline)]
    private static partial Regex ValidationCodeEnum();

    [GeneratedRegex("^[A-Z][A-Z_]*$")]
    private static partial Regex ValueName();
}
