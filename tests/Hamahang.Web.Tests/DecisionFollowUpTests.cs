using Microsoft.Playwright;

namespace Hamahang.Web.Tests;

/// <summary>A decision followed up on the page: from the follow-up list to its view, by an editor and by a partner that owns it.</summary>
[Collection(AdminPageTests.Name)]
public sealed class DecisionFollowUpTests(WebFixture fixture)
{
    private static readonly IReadOnlyDictionary<string, string> Fa = Strings.Fa;

    private async Task<string> QomMeetingAsync()
    {
        using var api = new GraphQLApi(fixture.Host);
        var meetings = await api.RunAsync("Meetings", new { where = new { titleEn = new { contains = "Qom" } }, first = 1 }, fixture.Host.AdminKey);
        return meetings.GetProperty("meetings").GetProperty("nodes")[0].GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task AnEditorChangesTheStatusExtendsTheDueDateWithAReasonAndAddsANote()
    {
        const string Text = "مقرر شد فهرست تجهیزات امدادی پایگاه‌ها به‌روز شود.";
        var meeting = await QomMeetingAsync();
        await fixture.RecordDecisionAsync(meeting, Text, "2020-05-01", "District 20 Crisis Management and Passive Defense Office");
        await using var editor = await fixture.OpenAsync(key: await fixture.Host.CreateKeyAsync("Editor"));

        // The follow-up list, past due only, owned by the crisis office.
        await editor.GoAsync("#/decisions", "decisions");
        await editor.Page.GetByLabel(Fa["decisions.overdueOnly"]).CheckAsync();
        await editor.PickAsync(Fa["decisions.owner"], "پدافند", "اداره مدیریت بحران و پدافند");
        await editor.Button(Fa["action.search"]).ClickAsync();
        await Assertions.Expect(editor.View("decisions").Locator(".row-card")).ToHaveCountAsync(1);
        Assert.Contains("overdue=1", editor.Page.Url, StringComparison.Ordinal);
        await editor.View("decisions").GetByRole(AriaRole.Link, new() { Name = Text }).ClickAsync();
        await editor.View("decision").WaitForAsync();
        await Assertions.Expect(editor.View("decision")).ToContainTextAsync(Fa["decision.overdue"]);

        await editor.Field(Fa["decision.newStatus"]).SelectOptionAsync("IN_PROGRESS");
        await editor.Button(Fa["decision.changeStatus"]).ClickAsync();
        await Assertions.Expect(editor.View("decision").Locator(".facts")).ToContainTextAsync(Fa["enum.DecisionStatus.IN_PROGRESS"]);
        // The Qom meeting's source gives only the year: its date is shown as a year, with no invented hour.
        await Assertions.Expect(editor.View("decision").Locator(".facts")).Not.ToContainTextAsync("۰۰:۰۰");
        await Assertions.Expect(editor.View("decision").Locator(".facts")).ToContainTextAsync("۱۴۰۳");

        // Moving a due date that was set asks for a reason.
        // A year from today, so the decision is no longer overdue.
        var nextYear = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await editor.Field(Fa["decision.dueDate"]).FillAsync(nextYear);
        await editor.Button(Fa["decision.extend"]).ClickAsync();
        await Assertions.Expect(editor.View("decision").Locator(".form-summary:not([hidden])")).ToBeVisibleAsync();
        await editor.Field(Fa["decision.reason"]).FillAsync("تأخیر در تأمین اعتبار");
        await editor.Button(Fa["decision.extend"]).ClickAsync();
        await Assertions.Expect(editor.View("decision").Locator("#dd-due + ol, [aria-labelledby=dd-due] ol")).ToContainTextAsync("تأخیر در تأمین اعتبار");
        await Assertions.Expect(editor.View("decision")).Not.ToContainTextAsync(Fa["decision.overdue"]);

        await editor.Field(Fa["decision.noteText"]).FillAsync("فهرست تجهیزات سه پایگاه تکمیل شد.");
        await editor.Button(Fa["decision.addNote"]).ClickAsync();
        await Assertions.Expect(editor.View("decision").Locator("[aria-labelledby=dd-notes] ol li")).ToHaveCountAsync(1);
        await Assertions.Expect(editor.View("decision").Locator("[aria-labelledby=dd-notes]")).ToContainTextAsync("فهرست تجهیزات سه پایگاه تکمیل شد.");
        await editor.ScreenshotAsync("decision-followed");
        editor.AssertClean();
    }

    [Fact]
    public async Task APartnerAddsANoteToItsOwnDecisionAndSeesNoFormOnAnother()
    {
        var meeting = await QomMeetingAsync();
        var own = await fixture.RecordDecisionAsync(meeting, "مقرر شد تیم‌های امداد قم معرفی شوند.", null,
            "Crisis Management Directorate-General, Qom Governorate");
        var other = await fixture.RecordDecisionAsync(meeting, "مقرر شد معابر اضطراری منطقه بازبینی شوند.", null, "District 20 Deputy for Urban Affairs");
        await using var partner = await fixture.OpenAsync(key: await fixture.PartnerKeyAsync());

        await partner.GoAsync($"#/decisions/{Uri.EscapeDataString(other)}", "decision");
        await Assertions.Expect(partner.Page.GetByRole(AriaRole.Button, new() { Name = Fa["decision.addNote"] })).ToHaveCountAsync(0);
        await Assertions.Expect(partner.Page.GetByRole(AriaRole.Button, new() { Name = Fa["decision.changeStatus"] })).ToHaveCountAsync(0);
        await Assertions.Expect(partner.Page.GetByRole(AriaRole.Button, new() { Name = Fa["decision.extend"] })).ToHaveCountAsync(0);

        await partner.GoAsync($"#/decisions/{Uri.EscapeDataString(own)}", "decision");
        await Assertions.Expect(partner.Page.GetByRole(AriaRole.Button, new() { Name = Fa["decision.changeStatus"] })).ToHaveCountAsync(0);
        await partner.Field(Fa["decision.noteText"]).FillAsync("تیم‌های امداد استان قم معرفی شدند.");
        await partner.Button(Fa["decision.addNote"]).ClickAsync();
        var notes = partner.View("decision").Locator("[aria-labelledby=dd-notes] ol li");
        await Assertions.Expect(notes).ToHaveCountAsync(1);
        await Assertions.Expect(notes).ToContainTextAsync("استانداری قم");
        partner.AssertClean();
    }

    [Fact]
    public async Task AMeetingWithMoreThanAPageOfDecisionsShowsThemAllAfterMore()
    {
        // 22 decisions are more than the meeting view's page of 20.
        var meeting = await fixture.RecordMeetingAsync("جلسه آزمون مصوبات بسیار");
        for (var i = 1; i <= 22; i++)
        {
            await fixture.RecordDecisionAsync(meeting, $"مصوبه آزمون شماره {i}");
        }

        await using var editor = await fixture.OpenAsync(key: await fixture.Host.CreateKeyAsync("Editor"));
        await editor.GoAsync("#/meetings/" + Uri.EscapeDataString(meeting), "meeting");
        var card = editor.View("meeting").Locator("section[aria-labelledby=sec-decisions]");
        var rows = card.Locator("ol.decisions > li");
        await Assertions.Expect(rows).ToHaveCountAsync(20);
        await Assertions.Expect(card.Locator(".count")).ToHaveTextAsync(Fa.Format("paging.shown", ("shown", 20), ("total", 22)));
        await card.GetByRole(AriaRole.Button, new() { Name = Fa["paging.more"] }).ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(22);
        var texts = await rows.Locator("p:first-child a").AllInnerTextsAsync();
        Assert.Equal(Enumerable.Range(1, 22).Select(i => $"مصوبه آزمون شماره {i}").Order(), texts.Order());

        // Focus moves to the first decision the button added.
        Assert.Equal(texts[20], await editor.Page.EvaluateAsync<string>("() => document.activeElement.innerText"));
        await Assertions.Expect(card.GetByRole(AriaRole.Button, new() { Name = Fa["paging.more"] })).ToBeHiddenAsync();
        editor.AssertClean();
    }
}
