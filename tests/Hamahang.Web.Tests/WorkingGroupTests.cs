using Microsoft.Playwright;

namespace Hamahang.Web.Tests;

[Collection(AdminPageTests.Name)]
public sealed class WorkingGroupTests(WebFixture fixture)
{
    private static readonly IReadOnlyDictionary<string, string> Fa = Strings.Fa;

    [Fact]
    public async Task ADecisionFormsAWorkingGroupWithMembers()
    {
        var meeting = await fixture.RecordMeetingAsync("جلسه آزمون تشکیل کارگروه");
        await fixture.RecordDecisionAsync(meeting, "مقرر شد کارگروه تخصصی اسکان اضطراری تشکیل شود.");
        await using var editor = await fixture.OpenAsync(key: await fixture.Host.CreateKeyAsync("Editor"));
        await editor.GoAsync($"#/meetings/{Uri.EscapeDataString(meeting)}", "meeting");
        await editor.View("meeting").GetByRole(AriaRole.Link, new() { Name = Fa["workingGroup.formFrom"] }).ClickAsync();
        await editor.View("working-group-form").WaitForAsync();
        await Assertions.Expect(editor.View("working-group-form").GetByText("مقرر شد کارگروه تخصصی اسکان اضطراری تشکیل شود.")).ToBeVisibleAsync();

        await editor.Field(Fa["workingGroup.name"]).FillAsync("کارگروه اسکان اضطراری");
        await editor.PickAsync(Fa["workingGroup.addOrganization"], "قم", "استانداری قم");
        await editor.PickAsync(Fa["workingGroup.addPerson"], "خوشی", "محمد خوشی");
        await editor.Button(Fa["workingGroup.formSubmit"]).ClickAsync();

        var group = editor.View("working-group");
        await group.WaitForAsync();
        await Assertions.Expect(group.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("کارگروه اسکان اضطراری");
        await Assertions.Expect(group.GetByText("استانداری قم").First).ToBeVisibleAsync();
        await Assertions.Expect(group.GetByText("محمد خوشی").First).ToBeVisibleAsync();
        await editor.ScreenshotAsync("working-group-formed");

        // The meeting lists the group it formed.
        await editor.GoAsync($"#/meetings/{Uri.EscapeDataString(meeting)}", "meeting");
        await Assertions.Expect(editor.View("meeting").GetByRole(AriaRole.Link, new() { Name = "کارگروه اسکان اضطراری" }).First).ToBeVisibleAsync();
        editor.AssertClean();
    }
}
