using System.Globalization;
using Hamahang.Api.Commands;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Campaigns;

/// <summary>Recording campaigns, their phases and service points over HTTP, as each role would.</summary>
public sealed class CampaignMutationTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private const string Record = $$"""
        mutation Record($input: RecordCampaignInput!) {
          recordCampaign(input: $input) { campaign { id version name organization { nameEn } source { outlet url } } {{WriteHarness.Errors}} }
        }
        """;

    private const string Update = $$"""
        mutation Update($input: UpdateCampaignInput!) {
          updateCampaign(input: $input) { campaign { version name description source { outlet } } {{WriteHarness.Errors}} }
        }
        """;

    private const string Phases = $$"""
        mutation Phases($input: SetCampaignPhasesInput!) {
          setCampaignPhases(input: $input) {
            campaign { version phases { id version number startsAt startsAtPrecision startsAtJalali endsAtJalali launchMeeting { kind } servicePoints {
              kind } } }
            {{WriteHarness.Errors}}
          }
        }
        """;

    private const string Points = $$"""
        mutation Points($input: SetPhaseServicePointsInput!) {
          setPhaseServicePoints(input: $input) { campaignPhase { version servicePoints { kind count notes sites { name isCityWide district {
            number } } } } {{WriteHarness.Errors}} }
        }
        """;

    private Task<int> AuditAsync(string type, AuditOperation? operation = null) => factory.ReadAsync(db =>
        db.AuditEntries.CountAsync(a => a.EntityType == type && (operation == null || a.Operation == operation)));

    private Task<int> AuditOfAsync(string type, string id) => factory.ReadAsync(db =>
    {
        var key = Keys.Of(id, type).ToString(CultureInfo.InvariantCulture);
        return db.AuditEntries.CountAsync(a => a.EntityType == type && a.EntityKey == key);
    });

    private async Task<object> PhasesInput(string id, long version) => new
    {
        id,
        version,
        phases = new object[]
        {
            new { number = 1 },
            new { number = 2, startsAt = "2021-10-14T10:00:00+03:30", startsAtPrecision = "DAY",
                launchMeetingId = await factory.IdAsync<Meeting>(q => q.Where(m => m.Kind == MeetingKind.Ceremony)) },
        },
    };

    [Fact]
    public async Task AnEditorRecordsACampaignItsPhasesAndServicePointsEachChangeAuditedOnce()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var tehran = await factory.IdAsync<Organization>(q => q.Where(o => o.NameEn == "Tehran Municipality"));
        var recorded = await factory.PostAsync(Record, editor,
            new { input = new { name = "پویش نمونه", organizationId = tehran, source = new { outlet = "همشهری", url = "https://example.org/1" } } });
        Assert.Empty(recorded.PayloadErrors("recordCampaign"));
        var id = recorded.At("recordCampaign.campaign.id").GetString()!;
        Assert.Equal(("Tehran Municipality", "همشهری"),
            (recorded.At("recordCampaign.campaign.organization.nameEn").GetString(), recorded.At("recordCampaign.campaign.source.outlet").GetString()));
        Assert.Equal(1, await AuditOfAsync(nameof(Campaign), id));

        var updated = await factory.PostAsync(Update, editor,
            new { input = new { id, version = 1, name = "پویش نمونه ۲", description = "واکسیناسیون", source = new { outlet = "شهر" } } });
        Assert.Empty(updated.PayloadErrors("updateCampaign"));
        Assert.Equal((2L, "شهر"), (updated.At("updateCampaign.campaign.version").GetInt64(), updated.At("updateCampaign.campaign.source.outlet").GetString()));
        Assert.Equal(2, await AuditOfAsync(nameof(Campaign), id));

        var phasesBefore = await AuditAsync(nameof(CampaignPhase), AuditOperation.Insert);
        var set = await factory.PostAsync(Phases, editor, new { input = await PhasesInput(id, 2) });
        Assert.Empty(set.PayloadErrors("setCampaignPhases"));
        var phases = set.At("setCampaignPhases.campaign.phases").EnumerateArray().ToList();
        Assert.Equal([1, 2], phases.Select(p => p.GetProperty("number").GetInt32()));
        // A day-precise start keeps only the day; an unknown one stays null.
        Assert.Equal(("DAY", "1400/07/22", "CEREMONY"),
            (phases[1].GetProperty("startsAtPrecision").GetString(), phases[1].GetProperty("startsAtJalali").GetString(), phases[1].GetProperty("launchMeeting")
            .GetProperty("kind").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, phases[0].GetProperty("startsAt").ValueKind);
        Assert.Equal(3L, set.At("setCampaignPhases.campaign.version").GetInt64());
        Assert.Equal(3, await AuditOfAsync(nameof(Campaign), id));
        Assert.Equal(phasesBefore + 2, await AuditAsync(nameof(CampaignPhase), AuditOperation.Insert));

        // A city-wide place (no district) among the metro stations.
        var admin = await factory.CreateKeyAsync(ApiKeyRole.Admin);
        var site = await factory.PostAsync("""
            mutation { createSite(input: { name: "ایستگاه مترو نمونه", kind: METRO_STATION, cityWide: true }) { site { id } errors { __typename } } }
            """, admin);
        var siteId = site.At("createSite.site.id").GetString()!;
        var phaseId = phases[1].GetProperty("id").GetString()!;
        var pointsBefore = await AuditAsync(nameof(CampaignServicePoint));
        var points = await factory.PostAsync(Points, editor, new
        {
            input = new { phaseId, version = 1, servicePoints = new object[] { new { kind = "METRO_STATION", count = 22, siteIds = new[] { siteId } },
                new { kind = "HOTLINE", notes = "۱۳۷" } } },
        });
        Assert.Empty(points.PayloadErrors("setPhaseServicePoints"));
        var metro = points.At("setPhaseServicePoints.campaignPhase.servicePoints")[0];
        Assert.Equal(("METRO_STATION", 22), (metro.GetProperty("kind").GetString(), metro.GetProperty("count").GetInt32()));
        var place = Assert.Single(metro.GetProperty("sites").EnumerateArray());
        Assert.True(place.GetProperty("isCityWide").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, place.GetProperty("district").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, points.At("setPhaseServicePoints.campaignPhase.servicePoints")[1].GetProperty("count").ValueKind);
        Assert.Equal(2L, points.At("setPhaseServicePoints.campaignPhase.version").GetInt64());
        Assert.Equal(pointsBefore + 2, await AuditAsync(nameof(CampaignServicePoint)));

        // Stale versions: refused, nothing written.
        var counts = await factory.CountsAsync();
        Assert.Equal([("ConcurrencyError", "")], (await factory.PostAsync(Phases, editor, new { input = await PhasesInput(id, 2) }))
            .PayloadErrors("setCampaignPhases"));
        Assert.Equal([("ConcurrencyError", "")], (await factory.PostAsync(Update, editor, new { input = new { id, version = 1, name = "x" } }))
            .PayloadErrors("updateCampaign"));
        Assert.Equal([("ConcurrencyError", "")],
            (await factory.PostAsync(Points, editor, new { input = new { phaseId, version = 1, servicePoints = Array.Empty<object>() } }))
            .PayloadErrors("setPhaseServicePoints"));
        Assert.Equal(counts, await factory.CountsAsync());

        // Phase 2 goes with its service points and their place, each deletion audited.
        var deletes = (await AuditAsync(nameof(CampaignPhase), AuditOperation.Delete), await AuditAsync(nameof(CampaignServicePoint), AuditOperation.Delete),
            await AuditAsync(nameof(CampaignServicePointSite), AuditOperation.Delete));
        var dropped = await factory.PostAsync(Phases, editor, new { input = new { id, version = 3, phases = new[] { new { number = 1 } } } });
        Assert.Empty(dropped.PayloadErrors("setCampaignPhases"));
        Assert.Single(dropped.At("setCampaignPhases.campaign.phases").EnumerateArray());
        Assert.Equal((deletes.Item1 + 1, deletes.Item2 + 2, deletes.Item3 + 1),
            (await AuditAsync(nameof(CampaignPhase), AuditOperation.Delete), await AuditAsync(nameof(CampaignServicePoint), AuditOperation.Delete),
                await AuditAsync(nameof(CampaignServicePointSite), AuditOperation.Delete)));
        Assert.Equal(0, await factory.ReadAsync(db => db.CampaignServicePointSites.CountAsync(s => s.Site!.Name == "ایستگاه مترو نمونه")));
    }

    [Fact]
    public async Task InvalidInputNamesItsFieldAndWritesNothing()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var campaign = await factory.IdAsync<Campaign>(q => q.Where(c => c.Name.Contains("تهران دوباره")));
        var phase = await factory.IdAsync<CampaignPhase>(q => q.Where(p => p.Number == 2));
        var counts = await factory.CountsAsync();

        Assert.Equal([("ValidationError", "name"), ("ValidationError", "source.url")],
            (await factory.PostAsync(Record, editor, new { input = new { name = " ", source = new { outlet = "شهر", url = "javascript:alert(1)" } } }))
                .PayloadErrors("recordCampaign"));
        Assert.Equal([("ValidationError", "phases")],
            (await factory.PostAsync(Phases, editor,
                new { input = new { id = campaign, version = 1, phases = new[] { new { number = 1 }, new { number = 1 } } } }))
                .PayloadErrors("setCampaignPhases"));
        Assert.Equal([("ValidationError", "phases[0].startsAt")],
            (await factory.PostAsync(Phases, editor,
                new { input = new { id = campaign, version = 1, phases = new[] { new { number = 1, startsAtPrecision = "DAY" } } } }))
                .PayloadErrors("setCampaignPhases"));
        Assert.Equal([("ValidationError", "phases[0].endsAt")],
            (await factory.PostAsync(Phases, editor,
                new { input = new { id = campaign, version = 1,
                phases = new[] { new { number = 1, startsAt = "2021-10-14T10:00:00Z", startsAtPrecision = "TIME", endsAt = "2021-10-13T10:00:00Z",
                endsAtPrecision = "TIME" } } } })).PayloadErrors("setCampaignPhases"));
        Assert.Equal([("ValidationError", "servicePoints[0].count")],
            (await factory.PostAsync(Points, editor,
                new { input = new { phaseId = phase, version = 1, servicePoints = new[] { new { kind = "MOSQUE", count = -1 } } } }))
                .PayloadErrors("setPhaseServicePoints"));
        Assert.Equal([("ValidationError", "servicePoints")],
            (await factory.PostAsync(Points, editor,
                new { input = new { phaseId = phase, version = 1, servicePoints = new[] { new { kind = "MOSQUE" }, new { kind = "MOSQUE" } } } }))
                .PayloadErrors("setPhaseServicePoints"));
        Assert.Equal([("NotFoundError", "")],
            (await factory.PostAsync(Points, editor,
                new { input = new { phaseId = phase, version = 1,
                servicePoints = new[] { new { kind = "MOSQUE", siteIds = new[] { Ids.Of(nameof(Site), 999_999) } } } } }))
                .PayloadErrors("setPhaseServicePoints"));
        Assert.Equal(counts, await factory.CountsAsync());
    }

    [Fact]
    public async Task PartnersInspectorsAndIntegratorsAreRefusedAndNothingIsWritten()
    {
        var campaign = await factory.IdAsync<Campaign>(q => q.Where(c => c.Name.Contains("تهران دوباره")));
        var phase = await factory.IdAsync<CampaignPhase>(q => q.Where(p => p.Number == 2));
        var keys = new[]
        {
            await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: "Qom Governorate"),
            await factory.CreateKeyAsync(ApiKeyRole.Inspector, person: "Hossein Amanlou"),
            await factory.CreateKeyAsync(ApiKeyRole.Integrator),
        };
        var counts = await factory.CountsAsync();
        foreach (var key in keys)
        {
            Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await factory.PostAsync(Record, key, new { input = new { name = "پویش" } })).ErrorCodes);
            Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await factory.PostAsync(Update, key, new { input = new { id = campaign, version = 1, name = "پویش" } }))
                .ErrorCodes);
            Assert.Equal(["AUTH_NOT_AUTHORIZED"],
                (await factory.PostAsync(Phases, key, new { input = new { id = campaign, version = 1, phases = Array.Empty<object>() } })).ErrorCodes);
            Assert.Equal(["AUTH_NOT_AUTHORIZED"],
                (await factory.PostAsync(Points, key, new { input = new { phaseId = phase, version = 1, servicePoints = Array.Empty<object>() } })).ErrorCodes);
        }

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], (await factory.PostAsync(Record, null, new { input = new { name = "پویش" } })).ErrorCodes);
        Assert.Equal(counts, await factory.CountsAsync());
    }

    [Fact]
    public async Task IntegratorsAndAnonymousCallersReadNoCampaigns()
    {
        const string List = "{ campaigns { nodes { name } } }";
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await factory.PostAsync(List, await factory.CreateKeyAsync(ApiKeyRole.Integrator))).ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], (await factory.PostAsync(List, null)).ErrorCodes);
        var inspector = await factory.CreateKeyAsync(ApiKeyRole.Inspector, person: "Hossein Amanlou");
        var read = await factory.PostAsync("{ campaigns(order: { name: ASC }) { totalCount nodes { nameEn } } }", inspector);
        Assert.False(read.HasErrors, read.ToString());
        Assert.Contains(read.At("campaigns.nodes").EnumerateArray(), c => c.GetProperty("nameEn").GetString() == "Campaign \"Tehran comes back to life\"");
    }
}
