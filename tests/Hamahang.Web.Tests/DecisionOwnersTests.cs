using System.Text.Json;
using Microsoft.Playwright;

namespace Hamahang.Web.Tests;

/// <summary>Who answers for a decision, set on its view: owner organizations and, for one of them, a person.</summary>
[Collection(AdminPageTests.Name)]
public sealed class DecisionOwnersTests(WebFixture fixture)
{
    private static readonly IReadOnlyDictionary<string, string> Fa = Strings.Fa;

    private async Task<string> DecisionAsync(string text, string ownerEn)
    {
        using var api = new GraphQLApi(fixture.Host);
        var meetings = await api.RunAsync("Meetings", new { where = new { titleEn = new { contains = "Qom" } }, first = 1 }, fixture.Host.AdminKey);
        var meeting = meetings.GetProperty("meetings").GetProperty("nodes")[0].GetProperty("id").GetString()!;
        return await fixture.RecordDecisionAsync(meeting, text, null, ownerEn);
    }

    private async Task<JsonElement> ReadAsync(string id)
    {
        using var api = new GraphQLApi(fixture.Host);
        return (await api.RunAsync("Decision", new { id }, fixture.Host.AdminKey)).GetProperty("node");
    }

    private static string[] Names(JsonElement decision, string list, string field) =>
        [.. decision.GetProperty(list).EnumerateArray().Select(o => o.GetProperty(field).GetString()!)];

    [Fact]
    public async Task AnEditorReplacesAnOwnerAndNamesThePersonWhoAnswersForIt()
    {
        var id = await DecisionAsync("مقرر شد نقشه معابر امدادی منطقه به‌روز شود.", "District 20 Deputy for Urban Affairs");
        await using var editor = await fixture.OpenAsync(key: await fixture.Host.CreateKeyAsync("Editor"));
        await editor.GoAsync($"#/decisions/{Uri.EscapeDataString(id)}", "decision");
        var card = editor.View("decision").Locator("[aria-labelledby=dd-owners]");

        await editor.PickAsync(Fa["decision.addOwner"], "پدافند", "اداره مدیریت بحران و پدافند");
        const string Crisis = "اداره مدیریت بحران و پدافند غیرعامل منطقه ۲۰";
        await editor.PickAsync(Fa.Format("decisionOwners.personFor", ("name", Crisis)), "خوشی", "محمد خوشی");
        await card.GetByRole(AriaRole.Button, new() { Name = Fa.Format("action.removeNamed", ("name", "معاونت امور شهری منطقه ۲۰")) }).ClickAsync();
        await Assertions.Expect(card.Locator(".owner-row")).ToHaveCountAsync(1);
        await editor.AssertAccessibleAsync("the decision owners form");
        await editor.ScreenshotAsync("decision-owners");
        await card.GetByRole(AriaRole.Button, new() { Name = Fa["decisionOwners.save"] }).ClickAsync();
        await Assertions.Expect(editor.View("decision").Locator(".facts")).ToContainTextAsync("محمد خوشی");
        await Assertions.Expect(editor.View("decision").Locator(".facts")).Not.ToContainTextAsync("معاونت امور شهری");

        var saved = await ReadAsync(id);
        Assert.Equal([Crisis], Names(saved, "owners", "name"));
        Assert.Equal(["محمد خوشی"], Names(saved, "ownerPeople", "fullName"));

        // Drawn again, the person stands beside the owner they answer for.
        var person = editor.Page.GetByRole(AriaRole.Combobox, new() { Name = Fa.Format("decisionOwners.personFor", ("name", Crisis)) });
        await Assertions.Expect(person).ToHaveValueAsync("محمد خوشی");
        editor.AssertClean();
    }

    [Fact]
    public async Task OwnersSavedOverAnotherEditorsChangeAreComparedBeforeTheyAreReapplied()
    {
        var id = await DecisionAsync("مقرر شد فهرست داوطلبان امداد منطقه تهیه شود.", "District 20 Deputy for Urban Affairs");
        await using var editor = await fixture.OpenAsync(key: await fixture.Host.CreateKeyAsync("Editor"));
        await editor.GoAsync($"#/decisions/{Uri.EscapeDataString(id)}", "decision");
        await editor.PickAsync(Fa["decision.addOwner"], "استانداری قم", "استانداری قم");

        // Meanwhile the status moves: the version the page holds is gone.
        using (var api = new GraphQLApi(fixture.Host))
        {
            var version = (await ReadAsync(id)).GetProperty("version").GetInt64();
            await api.RunAsync("ChangeDecisionStatus", new { input = new { id, version, status = "IN_PROGRESS" } }, fixture.Host.AdminKey);
        }

        var card = editor.View("decision").Locator("[aria-labelledby=dd-owners]");
        await card.GetByRole(AriaRole.Button, new() { Name = Fa["decisionOwners.save"] }).ClickAsync();
        var dialog = editor.Page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync(Fa["concurrency.title"]);
        Assert.Single(Names(await ReadAsync(id), "owners", "name"));
        await dialog.GetByRole(AriaRole.Button, new() { Name = Fa["concurrency.reapply"] }).ClickAsync();
        await Assertions.Expect(editor.View("decision").Locator(".facts")).ToContainTextAsync("استانداری قم");
        var saved = await ReadAsync(id);
        Assert.Equal(["معاونت امور شهری منطقه ۲۰", "استانداری قم"], Names(saved, "owners", "name"));
        Assert.Equal("IN_PROGRESS", saved.GetProperty("status").GetString());
        editor.AssertClean();
    }

    [Fact]
    public async Task APartnerSeesTheOwnersButNoFormToChangeThem()
    {
        var id = await DecisionAsync("مقرر شد گزارش آمادگی پایگاه‌ها به استانداری ارسال شود.", "Crisis Management Directorate-General, Qom Governorate");
        await using var partner = await fixture.OpenAsync(key: await fixture.PartnerKeyAsync());
        await partner.GoAsync($"#/decisions/{Uri.EscapeDataString(id)}", "decision");
        await Assertions.Expect(partner.View("decision").Locator(".facts")).ToContainTextAsync("اداره کل مدیریت بحران استانداری قم");
        await Assertions.Expect(partner.View("decision").Locator("[aria-labelledby=dd-owners]")).ToHaveCountAsync(0);
        await Assertions.Expect(partner.Page.GetByRole(AriaRole.Button, new() { Name = Fa["decisionOwners.save"] })).ToHaveCountAsync(0);
        await Assertions.Expect(partner.Page.GetByRole(AriaRole.Combobox, new() { Name = Fa["decision.addOwner"] })).ToHaveCountAsync(0);
        partner.AssertClean();
    }
}
