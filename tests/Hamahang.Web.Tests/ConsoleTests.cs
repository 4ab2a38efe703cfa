using Microsoft.Playwright;

namespace Hamahang.Web.Tests;

[Collection(OpenHostTests.Name)]
public sealed class ConsoleTests(OpenWebFixture fixture)
{
    private static readonly IReadOnlyDictionary<string, string> Fa = Strings.Fa;

    [Fact]
    public async Task TheConsoleRunsADocumentShowsItsCostAndBrowsesTheSchema()
    {
        await using var admin = await fixture.OpenAsync(key: fixture.Host.AdminKey);
        await admin.GoAsync("#/console", "console");
        await Assertions.Expect(admin.Field(Fa["console.filterTypes"])).ToBeVisibleAsync();
        var document = admin.Field(Fa["console.document"]);
        await document.FillAsync("");
        await document.PressSequentiallyAsync("{ distr");
        await Assertions.Expect(admin.Page.GetByRole(AriaRole.Option, new() { NameRegex = new("^districts ") })).ToBeVisibleAsync();
        await document.FillAsync("{ districts(first: 2) { nodes { number name } } }");
        await admin.Button(Fa["console.run"]).ClickAsync();

        var answer = admin.Page.GetByLabel(Fa["console.result"]);
        await Assertions.Expect(answer).ToContainTextAsync("\"number\": 1");
        await Assertions.Expect(answer).ToContainTextAsync("منطقه ۲");
        await Assertions.Expect(admin.View("console").Locator(".cost")).ToContainTextAsync(new System.Text.RegularExpressions.Regex("[0-9۰-۹]"));

        // The schema from introspection, with descriptions.
        await admin.Field(Fa["console.filterTypes"]).FillAsync("Meeting");
        await admin.View("console").GetByRole(AriaRole.Button, new() { Name = "Meeting", Exact = true })
            .Or(admin.View("console").GetByRole(AriaRole.Link, new() { Name = "Meeting", Exact = true })).First.ClickAsync();
        await Assertions.Expect(admin.View("console").GetByText("startsAt").First).ToBeVisibleAsync();
        await admin.AssertAccessibleAsync("the query console");
        admin.AssertNoErrors();
    }

    [Fact]
    public async Task ABrowserOpeningGraphQLLandsOnTheConsole()
    {
        await using var admin = await fixture.OpenAsync(key: fixture.Host.AdminKey);
        await admin.Page.GotoAsync("/graphql");
        await admin.View("console").WaitForAsync();
        Assert.EndsWith("/#/console", admin.Page.Url, StringComparison.Ordinal);
        admin.AssertNoErrors();
    }
}

[Collection(AdminPageTests.Name)]
public sealed class TrustedOnlyConsoleTests(WebFixture fixture)
{
    [Fact]
    public async Task OnAHostThatRunsOnlyTrustedDocumentsTheConsoleSaysWhyATypedDocumentIsRefused()
    {
        await using var admin = await fixture.OpenAsync(key: fixture.Host.AdminKey);
        await admin.GoAsync("#/console", "console");
        await admin.Field(Strings.Fa["console.document"]).FillAsync("{ districts(first: 1) { nodes { number } } }");
        await admin.Button(Strings.Fa["console.run"]).ClickAsync();
        await Assertions.Expect(admin.View("console").GetByRole(AriaRole.Alert)).ToContainTextAsync(Strings.Fa["console.trustedOnly"]);
        await Assertions.Expect(admin.Page.GetByLabel(Strings.Fa["console.result"])).Not.ToContainTextAsync("\"number\"");
        admin.AssertNoErrors();
    }
}
