using System.Text.Json;
using Microsoft.Playwright;

namespace Hamahang.Web.Tests;

/// <summary>The campaigns list and a campaign's page: phases at their precision, service points by kind, the launch meeting; editors change each
/// part.</summary>
[Collection(AdminPageTests.Name)]
public sealed class CampaignTests(WebFixture fixture)
{
    private static readonly IReadOnlyDictionary<string, string> Fa = Strings.Fa;

    private async Task<JsonElement> CampaignAsync(string id)
    {
        using var api = new GraphQLApi(fixture.Host);
        return (await api.RunAsync("Campaign", new { id, withLaunchMeeting = true }, fixture.Host.AdminKey)).GetProperty("node");
    }

    private async Task<JsonElement> FindAsync(string name)
    {
        using var api = new GraphQLApi(fixture.Host);
        return (await api.RunAsync("Campaigns", new { where = new { name = new { eq = name } }, first = 2 }, fixture.Host.AdminKey)).GetProperty("campaigns")
            .GetProperty("nodes");
    }

    [Fact]
    public async Task APartnerReadsTheVaccinationCampaignAtTheSourcesPrecisionButIsOfferedNoControlToChangeIt()
    {
        await using var partner = await fixture.OpenAsync(key: await fixture.PartnerKeyAsync());
        await partner.GoAsync("#/campaigns?q=" + Uri.EscapeDataString("جان می‌گیرد"), "campaigns");
        var row = partner.View("campaigns").Locator("[data-campaign]");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync(Fa.Format("campaigns.phaseCount", ("count", 2)));
        await row.GetByRole(AriaRole.Link).ClickAsync();
        var view = partner.View("campaign");
        await view.WaitForAsync();

        // The first phase has no date in the source; the second began on a day, with no hour shown.
        var first = view.Locator("[data-phase='1']");
        var second = view.Locator("[data-phase='2']");
        await Assertions.Expect(first.Locator(".facts")).ToContainTextAsync(Fa["campaign.noDate"]);
        await Assertions.Expect(second.Locator(".facts")).ToContainTextAsync("۲۲ مهر ۱۴۰۰");
        await Assertions.Expect(second.Locator(".facts")).Not.ToContainTextAsync(":");

        // The day with its weekday as the API writes it: «پنج‌شنبه» with its ZWNJ, not ICU's «پنجشنبه».
        var campaignId = Uri.UnescapeDataString(partner.Page.Url[(partner.Page.Url.LastIndexOf('/') + 1)..]);
        var launched = (await CampaignAsync(campaignId)).GetProperty("phases").EnumerateArray().Single(p => p.GetProperty("number").GetInt32() == 2);
        Assert.Equal("پنج\u200Cشنبه ۲۲ مهر ۱۴۰۰", launched.GetProperty("startsAtJalaliLong").GetString());
        await Assertions.Expect(second.Locator(".facts")).ToContainTextAsync(launched.GetProperty("startsAtJalaliLong").GetString()!);
        await Assertions.Expect(second.Locator("[data-service-point=MOSQUE]")).ToContainTextAsync("۲۲۰");
        await Assertions.Expect(second.Locator("[data-service-point=HOTLINE]")).ToContainTextAsync(Fa["campaign.countUnknown"]);
        await Assertions.Expect(second.Locator("tfoot")).ToContainTextAsync("۲۶۴");
        await Assertions.Expect(first.Locator("[data-service-point=VACCINATION_CENTRE]")).ToContainTextAsync("۲۸");

        // The launch meeting is for editors; a partner is offered no form.
        await Assertions.Expect(view).Not.ToContainTextAsync(Fa["campaign.launchMeeting"]);
        await Assertions.Expect(view.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        partner.AssertClean();

        await using var editor = await fixture.OpenAsync(key: await fixture.Host.CreateKeyAsync("Editor"));
        await editor.GoAsync(partner.Page.Url[partner.Page.Url.IndexOf('#')..], "campaign");
        var launch = editor.View("campaign").Locator("[data-phase='2'] .facts").GetByRole(AriaRole.Link);
        await Assertions.Expect(launch).ToContainTextAsync("تهران دوباره جان");
        editor.AssertClean();
    }

    [Fact]
    public async Task AnEditorRecordsACampaignSetsItsPhasesAndAPhasesServicePointsWithTheApisErrorsBesideTheFields()
    {
        await using var editor = await fixture.OpenAsync(key: await fixture.Host.CreateKeyAsync("Editor"));
        await editor.GoAsync("#/campaigns", "campaigns");
        await editor.Button(Fa["campaign.record"]).ClickAsync();
        var dialog = editor.Page.GetByRole(AriaRole.Dialog);
        await editor.Field(Fa["campaign.name"]).FillAsync("پویش آزمون سلامت محله");
        await editor.PickAsync(Fa["campaign.organization"], "شهرداری تهران", "شهرداری تهران");
        await dialog.GetByRole(AriaRole.Button, new() { Name = Fa["campaign.record"] }).ClickAsync();
        var view = editor.View("campaign");
        await Assertions.Expect(view.Locator("h1")).ToHaveTextAsync("پویش آزمون سلامت محله");
        var id = (await FindAsync("پویش آزمون سلامت محله")).EnumerateArray().Single().GetProperty("id").GetString()!;

        // A phase that ends before it starts: the API's error beside the end, nothing written.
        await editor.Button(Fa["campaign.setPhases"]).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = Fa["campaign.addPhase"] }).ClickAsync();
        var start = Fa.Format("campaign.startsAtOf", ("n", 1));
        var end = Fa.Format("campaign.endsAtOf", ("n", 1));
        // A new phase starts on a day and has no end: the form asks for a day, and for an end once it has a precision.
        await Assertions.Expect(editor.Field(end)).ToHaveCountAsync(0);
        await editor.Field(start).FillAsync("2025-04-01");
        await editor.Field(Fa.Format("campaign.precisionOf", ("label", end))).SelectOptionAsync("DAY");
        await editor.Field(end).FillAsync("2025-03-01");
        await editor.PickAsync(Fa.Format("campaign.launchMeetingOf", ("n", 1)), "تهران دوباره جان", "مراسم آغاز مرحله دوم");
        await dialog.GetByRole(AriaRole.Button, new() { Name = Fa["campaign.savePhases"] }).ClickAsync();
        await Assertions.Expect(editor.Field(end)).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(0, (await CampaignAsync(id)).GetProperty("phases").GetArrayLength());
        await editor.AssertAccessibleAsync("the phases form with an API error");
        await editor.ScreenshotAsync("campaign-phases-form");
        await editor.Field(end).FillAsync("2025-05-01");
        await dialog.GetByRole(AriaRole.Button, new() { Name = Fa["campaign.savePhases"] }).ClickAsync();
        var phase = view.Locator("[data-phase='1']");
        await Assertions.Expect(phase.Locator(".facts")).ToContainTextAsync("۱۴۰۴");
        await Assertions.Expect(phase.Locator(".facts")).Not.ToContainTextAsync("۱۰:۰۰");
        await Assertions.Expect(phase.Locator(".facts").GetByRole(AriaRole.Link)).ToContainTextAsync("تهران دوباره جان");
        var saved = (await CampaignAsync(id)).GetProperty("phases")[0];
        Assert.Equal("DAY", saved.GetProperty("startsAtPrecision").GetString());
        Assert.Equal("DAY", saved.GetProperty("endsAtPrecision").GetString());
        Assert.NotEqual(JsonValueKind.Null, saved.GetProperty("launchMeeting").ValueKind);

        // Service points: fewer counted than the places named is refused beside the count.
        await editor.Button(Fa.Format("campaign.setPoints", ("n", 1))).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = Fa["campaign.addPoint"] }).ClickAsync();
        await editor.Field(Fa.Format("campaign.pointKind", ("n", 1))).SelectOptionAsync("MOSQUE");
        await editor.Field(Fa.Format("campaign.pointCount", ("n", 1))).FillAsync("0");
        await editor.PickAsync(Fa.Format("campaign.addPlace", ("n", 1)), "بیمارستان شهدای", "بیمارستان شهدای هفتم تیر");
        await dialog.GetByRole(AriaRole.Button, new() { Name = Fa["campaign.savePoints"] }).ClickAsync();
        await Assertions.Expect(editor.Field(Fa.Format("campaign.pointCount", ("n", 1)))).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(0, (await CampaignAsync(id)).GetProperty("phases")[0].GetProperty("servicePoints").GetArrayLength());
        await editor.Field(Fa.Format("campaign.pointCount", ("n", 1))).FillAsync("3");
        await dialog.GetByRole(AriaRole.Button, new() { Name = Fa["campaign.savePoints"] }).ClickAsync();
        var mosque = phase.Locator("[data-service-point=MOSQUE]");
        await Assertions.Expect(mosque).ToContainTextAsync("۳");
        await Assertions.Expect(mosque).ToContainTextAsync("بیمارستان شهدای هفتم تیر");
        var point = (await CampaignAsync(id)).GetProperty("phases")[0].GetProperty("servicePoints").EnumerateArray().Single();
        Assert.Equal(3, point.GetProperty("count").GetInt32());
        Assert.Equal("بیمارستان شهدای هفتم تیر", point.GetProperty("sites")[0].GetProperty("name").GetString());
        editor.AssertClean();
    }

    [Fact]
    public async Task ACampaignChangedMeanwhileIsComparedBeforeTheEditorsChangeIsReapplied()
    {
        using (var api = new GraphQLApi(fixture.Host))
        {
            await api.RunAsync("RecordCampaign", new { input = new { name = "پویش آزمون همزمانی" } }, fixture.Host.AdminKey);
        }

        var id = (await FindAsync("پویش آزمون همزمانی"))[0].GetProperty("id").GetString()!;
        await using var editor = await fixture.OpenAsync(key: await fixture.Host.CreateKeyAsync("Editor"));
        await editor.GoAsync($"#/campaigns/{Uri.EscapeDataString(id)}", "campaign");
        await editor.Button(Fa["campaign.edit"]).ClickAsync();
        await editor.Field(Fa["campaign.description"]).FillAsync("شرح ویراستار");
        using (var api = new GraphQLApi(fixture.Host))
        {
            var version = (await CampaignAsync(id)).GetProperty("version").GetInt64();
            await api.RunAsync("UpdateCampaign", new { input = new { id, version, name = "پویش آزمون همزمانی", nameEn = "Concurrency test campaign" } },
                fixture.Host.AdminKey);
        }

        var dialog = editor.Page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Button, new() { Name = Fa["action.save"] }).ClickAsync();
        var compare = editor.Page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = Fa["concurrency.title"] });
        await Assertions.Expect(compare).ToContainTextAsync("Concurrency test campaign");
        Assert.Equal(JsonValueKind.Null, (await CampaignAsync(id)).GetProperty("description").ValueKind);
        await compare.GetByRole(AriaRole.Button, new() { Name = Fa["concurrency.reapply"] }).ClickAsync();
        await Assertions.Expect(editor.View("campaign").Locator(".facts")).ToContainTextAsync("شرح ویراستار");
        Assert.Equal("شرح ویراستار", (await CampaignAsync(id)).GetProperty("description").GetString());
        editor.AssertClean();
    }

    [Fact]
    public async Task APhaseKnownOnlyByItsMonthOrYearIsEnteredAsAJalaliMonthOrYearAndStoredAsItsFirstDay()
    {
        await using var editor = await fixture.OpenAsync(key: await fixture.Host.CreateKeyAsync("Editor"));
        await editor.GoAsync("#/campaigns", "campaigns");
        await editor.Button(Fa["campaign.record"]).ClickAsync();
        var dialog = editor.Page.GetByRole(AriaRole.Dialog);
        await editor.Field(Fa["campaign.name"]).FillAsync("پویش آزمون دقت ماه و سال");
        await editor.PickAsync(Fa["campaign.organization"], "شهرداری تهران", "شهرداری تهران");
        await dialog.GetByRole(AriaRole.Button, new() { Name = Fa["campaign.record"] }).ClickAsync();
        await Assertions.Expect(editor.View("campaign").Locator("h1")).ToHaveTextAsync("پویش آزمون دقت ماه و سال");
        var id = (await FindAsync("پویش آزمون دقت ماه و سال")).EnumerateArray().Single().GetProperty("id").GetString()!;

        await editor.Button(Fa["campaign.setPhases"]).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = Fa["campaign.addPhase"] }).ClickAsync();
        var start = Fa.Format("campaign.startsAtOf", ("n", 1));
        var end = Fa.Format("campaign.endsAtOf", ("n", 1));

        // A month: the Solar Hijri year (typed in Persian digits) and the month's name, no day asked for.
        await editor.Field(Fa.Format("campaign.precisionOf", ("label", start))).SelectOptionAsync("MONTH");
        await editor.Field(start).FillAsync("۱۴۰۰");
        await editor.Field(Fa.Format("date.monthOf", ("label", start))).SelectOptionAsync(new SelectOptionValue { Label = "مهر" });
        await Assertions.Expect(dialog.Locator("input[type=date], input[type=datetime-local]")).ToHaveCountAsync(0);

        // A year: the year alone.
        await editor.Field(Fa.Format("campaign.precisionOf", ("label", end))).SelectOptionAsync("YEAR");
        await editor.Field(end).FillAsync("1401");
        await editor.ScreenshotAsync("campaign-phases-month-year");
        await dialog.GetByRole(AriaRole.Button, new() { Name = Fa["campaign.savePhases"] }).ClickAsync();

        var phase = editor.View("campaign").Locator("[data-phase='1'] .facts");
        await Assertions.Expect(phase).ToContainTextAsync("مهر ۱۴۰۰");
        await Assertions.Expect(phase).ToContainTextAsync("۱۴۰۱");
        var saved = (await CampaignAsync(id)).GetProperty("phases")[0];
        Assert.Equal("MONTH", saved.GetProperty("startsAtPrecision").GetString());
        Assert.Equal("YEAR", saved.GetProperty("endsAtPrecision").GetString());
        Assert.Equal("مهر ۱۴۰۰", saved.GetProperty("startsAtJalaliLong").GetString());

        // Stored as the first moment of the month and of the year in Tehran: 1 Mehr 1400 and 1 Farvardin 1401.
        var tehran = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tehran");
        var persian = new System.Globalization.PersianCalendar();
        DateTimeOffset StartOf(int year, int month) => TimeZoneInfo.ConvertTimeToUtc(persian.ToDateTime(year, month, 1, 0, 0, 0, 0), tehran);
        Assert.Equal(StartOf(1400, 7), saved.GetProperty("startsAt").GetDateTimeOffset());
        Assert.Equal(StartOf(1401, 1), saved.GetProperty("endsAt").GetDateTimeOffset());

        // Opened again, the form shows the month and the year it was given.
        await editor.Button(Fa["campaign.setPhases"]).ClickAsync();
        await Assertions.Expect(editor.Field(start)).ToHaveValueAsync("۱۴۰۰");
        await Assertions.Expect(editor.Field(Fa.Format("date.monthOf", ("label", start)))).ToHaveValueAsync("7");
        await Assertions.Expect(editor.Field(end)).ToHaveValueAsync("۱۴۰۱");
        editor.AssertClean();
    }
}
