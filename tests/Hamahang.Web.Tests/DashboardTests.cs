using System.Globalization;
using Microsoft.Playwright;

namespace Hamahang.Web.Tests;

[Collection(AdminPageTests.Name)]
public sealed class DashboardTests(WebFixture fixture)
{
    [Fact]
    public async Task TheDashboardsCountsChangeAndEachLinksToTheListBehindIt()
    {
        var inspectorKey = await fixture.InspectorKeyAsync();
        await using var editor = await fixture.OpenAsync(key: await fixture.Host.CreateKeyAsync("Editor"));
        await editor.GoAsync("#/?district=19", "dashboard");
        var openFindings = editor.View("dashboard").Locator("[data-figure=open-findings] .figure-value");
        var critical = editor.View("dashboard").Locator("[data-severity=CRITICAL]");
        await Assertions.Expect(openFindings).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("[۰-۹]"));
        var before = Number(await openFindings.InnerTextAsync());
        var criticalBefore = Number(await critical.InnerTextAsync());
        await editor.AssertAccessibleAsync("the dashboard");

        // A critical finding filed in District 19.
        using var api = new GraphQLApi(fixture.Host);
        var inspections = await api.RunAsync("Inspections", new { first = 20 }, inspectorKey);
        var inspectionId = inspections.GetProperty("inspections").GetProperty("nodes").EnumerateArray()
            .First(i => i.GetProperty("district").GetProperty("number").GetInt32() == 19).GetProperty("id").GetString();
        await api.RunAsync("FileFinding",
            new { input = new { inspectionId, category = "VIOLATION", severity = "CRITICAL", channel = "OVERSIGHT1888", title = "تخلف آزمون پیشخوان",
            idempotencyKey = Guid.NewGuid().ToString() } }, inspectorKey);

        await editor.Page.ReloadAsync();
        await editor.View("dashboard").WaitForAsync();
        await Assertions.Expect(openFindings).ToHaveTextAsync(Persian(before + 1));
        Assert.Equal(criticalBefore + 1, Number(await critical.InnerTextAsync()));
        var bar = editor.View("dashboard").Locator("svg");
        await Assertions.Expect(bar).ToHaveCountAsync(1);

        // The figure is a link to the open findings of the district, and the list holds as many.
        await editor.View("dashboard").Locator("[data-figure=open-findings] a").ClickAsync();
        await editor.View("findings").WaitForAsync();
        Assert.Contains("district=19", editor.Page.Url, StringComparison.Ordinal);
        await Assertions.Expect(editor.View("findings").GetByText("تخلف آزمون پیشخوان")).ToBeVisibleAsync();
        await Assertions.Expect(editor.View("findings").Locator(".count")).ToContainTextAsync(Persian(before + 1));
        editor.AssertClean();
    }

    // The last number in a text written in Persian digits ("بحرانی: ۲").
    private static int Number(string text)
    {
        var digits = new string(text.Reverse().SkipWhile(c => !char.IsDigit(c)).TakeWhile(char.IsDigit).Reverse().ToArray());
        return int.Parse(string.Concat(digits.Select(c => (char)('0' + (int)char.GetNumericValue(c)))), CultureInfo.InvariantCulture);
    }

    private static string Persian(int value) =>
        string.Concat(value.ToString(CultureInfo.InvariantCulture).Select(c => (char)('۰' + (c - '0'))));
}
