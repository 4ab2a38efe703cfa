using Microsoft.Playwright;

namespace Hamahang.Web.Tests;

[Collection(AdminPageTests.Name)]
public sealed class PartnerTests(WebFixture fixture)
{
    private static readonly IReadOnlyDictionary<string, string> Fa = Strings.Fa;

    [Fact]
    public async Task APartnerSeesNoEditingActionAndCannotReachOneByAddress()
    {
        var key = await fixture.PartnerKeyAsync();
        await using var partner = await fixture.OpenAsync(key: key);
        await partner.GoAsync("#/meetings", "meetings");
        await Assertions.Expect(partner.View("meetings").Locator("li, tr").First).ToBeVisibleAsync();
        await Assertions.Expect(partner.Page.GetByRole(AriaRole.Link, new() { Name = Fa["meetings.new"] })).ToHaveCountAsync(0);
        await Assertions.Expect(partner.Page.GetByRole(AriaRole.Button, new() { Name = Fa["meetings.new"] })).ToHaveCountAsync(0);

        // A meeting the partner's organization attended: readable, with no action that changes it.
        await partner.View("meetings").GetByRole(AriaRole.Link, new() { NameRegex = new("استان معین") }).First.ClickAsync();
        await partner.View("meeting").WaitForAsync();
        foreach (var action in new[] { "meeting.edit", "meeting.cancel", "decision.record", "minutes.write", "workingGroup.form" })
        {
            // Exact: the decisions' own links («... تشکیل کارگروه‌های تخصصی ...») hold an action's words.
            await Assertions.Expect(partner.Page.GetByRole(AriaRole.Button, new() { Name = Fa[action], Exact = true })).ToHaveCountAsync(0);
            await Assertions.Expect(partner.Page.GetByRole(AriaRole.Link, new() { Name = Fa[action], Exact = true })).ToHaveCountAsync(0);
        }

        foreach (var address in new[] { "#/meetings/new", "#/working-groups/new", "#/inspections/new", "#/console" })
        {
            await partner.GoAsync(address, "forbidden");
            await Assertions.Expect(partner.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync(Fa["role.PARTNER"]);
            await Assertions.Expect(partner.Page.Locator("form")).ToHaveCountAsync(0);
        }

        partner.AssertClean();
    }
}
