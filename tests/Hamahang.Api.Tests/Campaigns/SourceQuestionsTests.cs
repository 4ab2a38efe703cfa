using System.Text.Json;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;

namespace Hamahang.Api.Tests.Campaigns;

/// <summary>
/// The four questions of issue 14, each one query against the seed: what the sources state comes back, and what
/// they do not state comes back as null or as nothing, never invented.
/// </summary>
public sealed class SourceQuestionsTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task TheOpenDecisionsOfTheQomMeetingTheirOwnersAndDueDates()
    {
        var partner = await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: "Qom Governorate");
        var response = await factory.PostAsync("""
            {
              meetings(where: { title: { contains: "استان معين و پيشتاز قم" } }) {
                nodes { sourceUrl source { url } decisions(open: true) { nodes { kind text status dueDate isOverdue owners { nameEn } ownerPeople {
                  fullNameEn } workingGroups { members { role } } } } }
              }
            }
            """, partner);
        Assert.False(response.HasErrors, response.ToString());

        var meeting = Assert.Single(response.At("meetings.nodes").EnumerateArray());
        var decision = Assert.Single(meeting.GetProperty("decisions").GetProperty("nodes").EnumerateArray());
        Assert.Equal("DECISION", decision.GetProperty("kind").GetString());
        Assert.Contains("کارگروه‌های تخصصی", decision.GetProperty("text").GetString(), StringComparison.Ordinal);
        // The source states neither a status nor a due date: open because nothing says it is done.
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null, false), (decision.GetProperty("status").ValueKind, decision.GetProperty("dueDate").ValueKind,
            decision.GetProperty("isOverdue").GetBoolean()));
        Assert.Equal(["District 20 Crisis Management and Passive Defense Office", "Crisis Management Directorate-General, Qom Governorate"],
            decision.GetProperty("owners").EnumerateArray().Select(o => o.GetProperty("nameEn").GetString()));
        Assert.Equal(0, decision.GetProperty("ownerPeople").GetArrayLength());
        // The source names no chair of the working groups the decision formed.
        Assert.All(decision.GetProperty("workingGroups").EnumerateArray(),
            g => Assert.All(g.GetProperty("members").EnumerateArray(), m => Assert.Equal("MEMBER", m.GetProperty("role").GetString())));
        Assert.Equal(4, decision.GetProperty("workingGroups").GetArrayLength());
        // One store for the address: sourceUrl is source.url.
        Assert.Equal("https://t.me/ghebleyetehran", meeting.GetProperty("sourceUrl").GetString());
        Assert.Equal(meeting.GetProperty("source").GetProperty("url").GetString(), meeting.GetProperty("sourceUrl").GetString());
    }

    [Fact]
    public async Task TheServicePointsOfTheVaccinationCampaignsSecondPhaseByKind()
    {
        var partner = await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: "Rey County Welfare Office");
        var response = await factory.PostAsync("""
            {
              campaigns(where: { name: { contains: "تهران دوباره جان ميگيرد" } }) {
                nodes {
                  organization { nameEn } source { outlet newsCode }
                  phases(number: 2) { number startsAtJalali startsAtJalaliLong endsAtJalali launchMeeting { kind } servicePoints { kind count sites { name } } }
                }
              }
            }
            """, partner);
        Assert.False(response.HasErrors, response.ToString());

        var campaign = Assert.Single(response.At("campaigns.nodes").EnumerateArray());
        Assert.Equal(("Tehran Municipality", "331890"),
            (campaign.GetProperty("organization").GetProperty("nameEn").GetString(), campaign.GetProperty("source").GetProperty("newsCode").GetString()));
        var phase = Assert.Single(campaign.GetProperty("phases").EnumerateArray());
        Assert.Equal((2, "1400/07/22", "پنج‌شنبه ۲۲ مهر ۱۴۰۰"), (phase.GetProperty("number").GetInt32(), phase.GetProperty("startsAtJalali").GetString(),
            phase.GetProperty("startsAtJalaliLong").GetString()));
        // The launch ceremony is a meeting the partner did not take part in (no published minutes): it reads null.
        Assert.Equal(JsonValueKind.Null, phase.GetProperty("launchMeeting").ValueKind);
        Assert.Equal(JsonValueKind.Null, phase.GetProperty("endsAtJalali").ValueKind);
        var points = phase.GetProperty("servicePoints").EnumerateArray()
            .Select(p => (p.GetProperty("kind").GetString(), p.GetProperty("count").ValueKind == JsonValueKind.Null ? (int?)null : p.GetProperty("count")
                .GetInt32())).ToList();
        // The 137 line served too, with no count: null, not a number.
        Assert.Equal([("METRO_STATION", 22), ("MOBILE_BUS", 22), ("MOSQUE", 220), ("HOTLINE", (int?)null)], points);
        // The source names no single station, bus or mosque.
        Assert.All(phase.GetProperty("servicePoints").EnumerateArray(), p => Assert.Equal(0, p.GetProperty("sites").GetArrayLength()));
    }

    [Fact]
    public async Task TheFirstPhaseHasNoDateAndTheCeremonyLeadsBackToTheCampaign()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var response = await factory.PostAsync("""
            {
              campaigns(where: { name: { contains: "تهران دوباره" } }) { nodes { phases { number startsAt startsAtPrecision startsAtJalali servicePoints {
                kind count } } } }
              meetings(where: { kind: { eq: CEREMONY } }) { nodes { launchedCampaignPhases { number campaign { nameEn } } } }
            }
            """, editor);
        Assert.False(response.HasErrors, response.ToString());

        var phases = Assert.Single(response.At("campaigns.nodes").EnumerateArray()).GetProperty("phases").EnumerateArray().ToList();
        Assert.Equal([1, 2], phases.Select(p => p.GetProperty("number").GetInt32()));
        Assert.Equal(("UNKNOWN", JsonValueKind.Null, JsonValueKind.Null),
            (phases[0].GetProperty("startsAtPrecision").GetString(), phases[0].GetProperty("startsAt").ValueKind, phases[0].GetProperty("startsAtJalali")
            .ValueKind));
        var centres = Assert.Single(phases[0].GetProperty("servicePoints").EnumerateArray());
        Assert.Equal(("VACCINATION_CENTRE", 28), (centres.GetProperty("kind").GetString(), centres.GetProperty("count").GetInt32()));
        var launched = Assert.Single(Assert.Single(response.At("meetings.nodes").EnumerateArray()).GetProperty("launchedCampaignPhases").EnumerateArray());
        Assert.Equal((2, "Campaign \"Tehran comes back to life\""),
            (launched.GetProperty("number").GetInt32(), launched.GetProperty("campaign").GetProperty("nameEn").GetString()));
    }

    [Fact]
    public async Task NoCharityServingReyIsStatedToProvideVolunteers()
    {
        var partner = await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: "Rey County Welfare Office");
        var response = await factory.PostAsync("""
            {
              volunteers: organizations(capacity: VOLUNTEERS, servesDistrictNumber: 20, where: { kind: { eq: CHARITY } }) { totalCount nodes { nameEn } }
              charities: organizations(servesDistrictNumber: 20, where: { kind: { eq: CHARITY } }) { nodes { nameEn level capacities { kind description
                quantity } serviceAreas { number } } }
              anyVolunteers: organizations(capacity: VOLUNTEERS) { nodes { nameEn } }
            }
            """, partner);
        Assert.False(response.HasErrors, response.ToString());

        // The source names the charities only together and states no volunteers of theirs.
        Assert.Equal(0, response.At("volunteers.totalCount").GetInt32());
        var charities = Assert.Single(response.At("charities.nodes").EnumerateArray());
        Assert.Equal(("Charities active in Rey County", "COUNTY"), (charities.GetProperty("nameEn").GetString(), charities.GetProperty("level").GetString()));
        var stated = Assert.Single(charities.GetProperty("capacities").EnumerateArray());
        Assert.Equal(("SOCIAL_SUPPORT", JsonValueKind.Null), (stated.GetProperty("kind").GetString(), stated.GetProperty("quantity").ValueKind));
        Assert.Equal([20], charities.GetProperty("serviceAreas").EnumerateArray().Select(d => d.GetProperty("number").GetInt32()));
        // Volunteers the sources do state: DAVAM's.
        Assert.Equal(["DAVAM volunteer emergency-response groups"], response.At("anyVolunteers.nodes").EnumerateArray()
            .Select(o => o.GetProperty("nameEn").GetString()));
    }

    [Fact]
    public async Task WhatThePeoplesObserversNetworkSessionInDistrict19CommittedTo()
    {
        var inspector = await factory.CreateKeyAsync(ApiKeyRole.Inspector, person: "Hossein Amanlou");
        var response = await factory.PostAsync("""
            {
              meetings(where: { title: { contains: "هم اندیشی شبکه ناظرین مردمی سازمان بازرسی شهرداری تهران در منطقه 19" } }) {
                nodes { startsAtJalaliLong startsAtFromPublication decisions(kind: COMMITMENT) { nodes { text status dueDate owners { nameEn } ownerPeople {
                  fullNameEn } } } }
              }
            }
            """, inspector);
        Assert.False(response.HasErrors, response.ToString());

        var meeting = Assert.Single(response.At("meetings.nodes").EnumerateArray());
        Assert.Equal(("دوشنبه ۱۱ اردیبهشت ۱۴۰۲", true),
            (meeting.GetProperty("startsAtJalaliLong").GetString(), meeting.GetProperty("startsAtFromPublication").GetBoolean()));
        var commitments = meeting.GetProperty("decisions").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["Hossein Amanlou", "Touraj Farhadi"],
            commitments.Select(c => Assert.Single(c.GetProperty("ownerPeople").EnumerateArray()).GetProperty("fullNameEn").GetString()));
        Assert.Equal(["People's Observers Network of the Inspection Organization", "District 19 Municipality"],
            commitments.Select(c => Assert.Single(c.GetProperty("owners").EnumerateArray()).GetProperty("nameEn").GetString()));
        Assert.Contains("رفع موانع", commitments[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.All(commitments,
            c => Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (c.GetProperty("status").ValueKind, c.GetProperty("dueDate").ValueKind)));
    }
}
