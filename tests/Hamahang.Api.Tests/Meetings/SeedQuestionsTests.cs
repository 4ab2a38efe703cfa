using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;

namespace Hamahang.Api.Tests.Meetings;

/// <summary>
/// The questions the seed documents raise, answered through GraphQL; each finds its records by a Persian
/// search spelled as users type it (Arabic ي/ك, no ZWNJ), which the normalised columns match.
/// </summary>
public sealed class SeedQuestionsTests(HostFactory factory) : IClassFixture<HostFactory>
{
    // «استان معين» with Arabic ي (U+064A); the title has Persian ی (U+06CC).
    private const string QomMeeting = """
        {
          meetings(where: { title: { contains: "استان معين" } }) {
            nodes {
              title kind startsAtJalali startsAtJalaliLong venue source { outlet url }
              districts { number }
              workingGroupsFormed { name nameEn members { organization { name } } }
              siteVisits { position site { name kind district { number } } }
            }
          }
        }
        """;

    [Fact]
    public async Task TheWorkingGroupsThatCameOutOfDistrictTwentysMeetingWithQom()
    {
        var partner = await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: "استانداری قم");
        var response = await factory.PostAsync(QomMeeting, partner);
        Assert.False(response.HasErrors, response.ToString());

        var meeting = Assert.Single(response.At("meetings.nodes").EnumerateArray());
        Assert.Equal("COORDINATION", meeting.GetProperty("kind").GetString());
        Assert.Equal([20], meeting.GetProperty("districts").EnumerateArray().Select(d => d.GetProperty("number").GetInt32()));
        // The post gives only its year (#ری_1403): no day, no hour.
        Assert.Equal(("1403", "۱۴۰۳"), (meeting.GetProperty("startsAtJalali").GetString(), meeting.GetProperty("startsAtJalaliLong").GetString()));
        Assert.Equal("https://t.me/ghebleyetehran", meeting.GetProperty("source").GetProperty("url").GetString());
        var groups = meeting.GetProperty("workingGroupsFormed").EnumerateArray().Select(g => g.GetProperty("nameEn").GetString()).ToList();
        Assert.Equal(["Relief and rescue working group", "Emergency shelter working group", "Information exchange working group",
            "Citizen awareness and DAVAM volunteers working group"], groups);
        Assert.All(meeting.GetProperty("workingGroupsFormed").EnumerateArray(), g => Assert.True(g.GetProperty("members").GetArrayLength() >= 3));
    }

    [Fact]
    public async Task TheSitesVisitedAfterThatMeeting()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var response = await factory.PostAsync(QomMeeting, editor);
        Assert.False(response.HasErrors, response.ToString());

        var visits = Assert.Single(response.At("meetings.nodes").EnumerateArray()).GetProperty("siteVisits").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3, 4], visits.Select(v => v.GetProperty("position").GetInt32()));
        Assert.Equal(
            ["SUPPORT_BASE", "EMERGENCY_SHELTER", "EMERGENCY_SHELTER", "HOSPITAL"],
            visits.Select(v => v.GetProperty("site").GetProperty("kind").GetString()));
        Assert.Contains(visits, v => v.GetProperty("site").GetProperty("name").GetString()!.Contains("جانبازان", StringComparison.Ordinal));
        Assert.All(visits, v => Assert.Equal(20, v.GetProperty("site").GetProperty("district").GetProperty("number").GetInt32()));
    }

    [Fact]
    public async Task WhatThePeoplesObserversNetworkFoundInDistrictNineteen()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        // «ناظرين مردمي» with Arabic ي; the organization's name has Persian ی.
        var response = await factory.PostAsync("""
            {
              findings(
                where: { inspection: { district: { number: { eq: 19 } }, inspectingOrganization: { name: { contains: "ناظرين مردمي" } } } }
                order: [{ id: ASC }]
              ) {
                totalCount
                nodes { title category channel status filedAtJalali inspection { kind title } responsibleOrganization { nameEn } }
              }
            }
            """, editor);
        Assert.False(response.HasErrors, response.ToString());

        Assert.Equal(4, response.At("findings.totalCount").GetInt32());
        var findings = response.At("findings.nodes").EnumerateArray().ToList();
        Assert.Equal(["STRENGTHS_WEAKNESSES", "PROBLEM", "VIOLATION", "SPECIAL_CASE"], findings.Select(f => f.GetProperty("category").GetString()));
        Assert.Equal(["FIELD", "URGENT137", "OVERSIGHT1888", "FIELD"], findings.Select(f => f.GetProperty("channel").GetString()));
        Assert.Equal("District 19 Deputy for City Services", findings[1].GetProperty("responsibleOrganization").GetProperty("nameEn").GetString());
    }

    [Fact]
    public async Task ASearchWithoutTheZwnjFindsTheConsultationSession()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        // «هماندیشی» typed without the ZWNJ of «هم‌اندیشی شبکه».
        var response = await factory.PostAsync("""
            { meetings(where: { title: { contains: "هماندیشی شبکه" } }) { nodes { titleEn attendees { role person { fullNameEn } } } } }
            """, editor);
        Assert.False(response.HasErrors, response.ToString());

        var meeting = Assert.Single(response.At("meetings.nodes").EnumerateArray());
        Assert.Equal("Consultation session of the People's Observers Network in District 19", meeting.GetProperty("titleEn").GetString());
        Assert.Contains(meeting.GetProperty("attendees").EnumerateArray(), a => a.GetProperty("person").ValueKind != System.Text.Json.JsonValueKind.Null
            && a.GetProperty("person").GetProperty("fullNameEn").GetString() == "Hossein Amanlou");
    }

    [Fact]
    public async Task ARelationshipReadsBothWays()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var response = await factory.PostAsync("""
            {
              district(number: 20) {
                meetings(first: 50) { nodes { titleEn } }
                workingGroups { nameEn formedByDecision { text meeting { titleEn } } meetings { title } }
                inspections { title }
              }
              sites(where: { nameEn: { contains: "Janbazan" } }) { nodes { visits { meeting { titleEn } } } }
            }
            """, editor);
        Assert.False(response.HasErrors, response.ToString());

        Assert.Contains(response.At("district.meetings.nodes").EnumerateArray(),
            m => m.GetProperty("titleEn").GetString()!.Contains("Qom", StringComparison.Ordinal));
        Assert.Equal(4, response.At("district.workingGroups").GetArrayLength());
        Assert.All(response.At("district.workingGroups").EnumerateArray(),
            g => Assert.Contains("Qom", g.GetProperty("formedByDecision").GetProperty("meeting").GetProperty("titleEn").GetString(), StringComparison.Ordinal));
        var visit = Assert.Single(Assert.Single(response.At("sites.nodes").EnumerateArray()).GetProperty("visits").EnumerateArray());
        Assert.Contains("Qom", visit.GetProperty("meeting").GetProperty("titleEn").GetString(), StringComparison.Ordinal);
    }
}
