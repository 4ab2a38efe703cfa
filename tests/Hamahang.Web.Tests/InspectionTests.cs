using Microsoft.Playwright;

namespace Hamahang.Web.Tests;

[Collection(AdminPageTests.Name)]
public sealed class InspectionTests(WebFixture fixture)
{
    private static readonly IReadOnlyDictionary<string, string> Fa = Strings.Fa;

    [Fact]
    public async Task AnInspectorSchedulesAnInspectionAndFilesOneFindingThoughTheFirstAnswerIsLost()
    {
        var inspectorKey = await fixture.InspectorKeyAsync();
        await using var inspector = await fixture.OpenAsync(width: 360, key: inspectorKey);
        await inspector.GoAsync("#/inspections", "inspections");
        await inspector.Page.GetByRole(AriaRole.Link, new() { Name = Fa["inspection.schedule"] }).ClickAsync();
        await inspector.View("inspection-form").WaitForAsync();
        await inspector.Field(Fa["inspection.title"]).FillAsync("نظارت سرزده آزمون بر پایگاه پشتیبانی");
        await inspector.Field(Fa["filter.district"]).SelectOptionAsync(new SelectOptionValue { Label = "منطقه ۱۹" });
        await inspector.Field(Fa["inspection.plannedAt"]).FillAsync("2026-12-22T09:30");
        // The inspecting organization is the inspector's own, already chosen.
        await Assertions.Expect(inspector.Page.GetByRole(AriaRole.Combobox, new() { Name = Fa["inspection.inspectingOrganization"] }))
            .ToHaveValueAsync("شبکه ناظرین مردمی سازمان بازرسی شهرداری تهران");
        await inspector.ScreenshotAsync("inspection-form");
        await inspector.Button(Fa["inspection.schedule"]).ClickAsync();

        var inspection = inspector.View("inspection");
        await inspection.WaitForAsync();
        await Assertions.Expect(inspection.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("نظارت سرزده آزمون بر پایگاه پشتیبانی");
        await inspector.Button(Fa["inspection.start"]).ClickAsync();
        await Assertions.Expect(inspector.Button(Fa["inspection.complete"])).ToBeVisibleAsync();

        // The first answer is lost on the way back (the server filed the finding); the inspector sends again.
        var lost = 0;
        inspector.ExpectNetworkFailures();
        await inspector.Page.RouteAsync("**/graphql", async route =>
        {
            if (route.Request.PostData?.Contains("\"operationName\":\"FileFinding\"", StringComparison.Ordinal) == true && Interlocked.Increment(ref lost) == 1)
            {
                await route.FetchAsync();
                await route.AbortAsync("connectionreset");
                return;
            }

            await route.ContinueAsync();
        });
        const string title = "نبود تابلوی راهنما در ورودی پایگاه";
        await inspector.Field(Fa["finding.title"]).FillAsync(title);
        await inspector.Field(Fa["finding.severity"]).SelectOptionAsync("HIGH");
        var file = inspector.View("inspection").Locator("form").Last.GetByRole(AriaRole.Button, new() { Name = Fa["finding.file"], Exact = true });
        await file.ClickAsync();
        await Assertions.Expect(inspector.Page.GetByText(Fa["error.network"]).First).ToBeVisibleAsync();
        await Assertions.Expect(inspector.Field(Fa["finding.title"])).ToHaveValueAsync(title);
        await inspector.ScreenshotAsync("finding-network-error");
        await file.ClickAsync();
        await Assertions.Expect(inspector.Page.GetByText(Strings.Fa.Format("finding.filed", ("title", title)))).ToBeVisibleAsync();
        Assert.Equal(2, lost);

        using var api = new GraphQLApi(fixture.Host);
        var found = await api.RunAsync("Findings", new { where = new { title = new { eq = title } }, first = 10 }, fixture.Host.AdminKey);
        Assert.Equal(1, found.GetProperty("findings").GetProperty("totalCount").GetInt32());
        await Assertions.Expect(inspector.View("inspection").GetByText(title)).ToHaveCountAsync(1);
        inspector.AssertClean();
    }

    [Fact]
    public async Task ANewFindingArrivesOnAnotherPageWithoutAReload()
    {
        var inspectorKey = await fixture.InspectorKeyAsync();
        await using var watcher = await fixture.OpenAsync(key: await fixture.Host.CreateKeyAsync("Editor"));
        await watcher.GoAsync("#/findings", "findings");
        await watcher.Page.EvaluateAsync("() => { window.__sameDocument = true; }");
        await watcher.Page.WaitForFunctionAsync("() => true");

        // Filed elsewhere (by the inspector, through the API) on an inspection in District 19.
        using var api = new GraphQLApi(fixture.Host);
        var inspections = await api.RunAsync("Inspections", new { first = 5 }, inspectorKey);
        var inspectionId = inspections.GetProperty("inspections").GetProperty("nodes").EnumerateArray()
            .First(i => i.GetProperty("district").GetProperty("number").GetInt32() == 19).GetProperty("id").GetString();
        const string title = "نشت آب در سالن انتظار مرکز خدمات";
        await Eventually(async () =>
        {
            await api.RunAsync("FileFinding",
                new { input = new { inspectionId, category = "PROBLEM", severity = "MEDIUM", channel = "FIELD", title, idempotencyKey = Guid.NewGuid()
                .ToString() } }, inspectorKey);
            await Assertions.Expect(watcher.Page.Locator("#notices")).ToContainTextAsync(title, new() { Timeout = 15_000 });
        });

        Assert.True(await watcher.Page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page was reloaded");
        await Assertions.Expect(watcher.Page.Locator("#notices")).ToHaveAttributeAsync("aria-live", "polite");
        await Assertions.Expect(watcher.View("findings").GetByText(title).First).ToBeVisibleAsync();
        await watcher.ScreenshotAsync("finding-arrived");
        watcher.AssertClean();
    }

    [Fact]
    public async Task ASeededInspectionShowsItsDayWithoutAnInventedHourAndItsSource()
    {
        using var api = new GraphQLApi(fixture.Host);
        var seeded = await api.RunAsync("Inspections", new { where = new { title = new { contains = "نظارت میدانی شبکه ناظرین مردمی" } }, first = 1 },
            fixture.Host.AdminKey);
        var id = seeded.GetProperty("inspections").GetProperty("nodes")[0].GetProperty("id").GetString()!;
        await using var editor = await fixture.OpenAsync(key: await fixture.Host.CreateKeyAsync("Editor"));
        await editor.GoAsync($"#/inspections/{Uri.EscapeDataString(id)}", "inspection");

        var details = editor.View("inspection").Locator("dl").First;
        // The source gives the publication day only: the day as the sources print it, what that means, and no «۰۰:۰۰».
        var planned = details.Locator("dd").Nth(2);
        await Assertions.Expect(planned).ToContainTextAsync("دوشنبه ۱۱ اردیبهشت ۱۴۰۲");
        await Assertions.Expect(planned).ToContainTextAsync(Fa["provenance.precision.DAY"]);
        await Assertions.Expect(planned).ToContainTextAsync(Fa["provenance.fromPublication"]);
        await Assertions.Expect(planned).Not.ToContainTextAsync("۰۰:۰۰");
        await Assertions.Expect(details).ToContainTextAsync("خبرایران — کد خبر ۵۴۵۱۴");
        await editor.ScreenshotAsync("inspection-seeded");
        editor.AssertClean();
    }

    // The subscription may still be starting when the first finding is filed; file once more if none arrived.
    private static async Task Eventually(Func<Task> attempt)
    {
        try
        {
            await attempt();
        }
        catch (PlaywrightException)
        {
            await attempt();
        }
    }
}
