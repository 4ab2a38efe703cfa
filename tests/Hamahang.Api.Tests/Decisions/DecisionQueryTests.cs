using System.Text.Json;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;

namespace Hamahang.Api.Tests.Decisions;

/// <summary>The follow-up list and a meeting's outcomes over HTTP: the seed's questions, each one query, and who sees what.</summary>
public sealed class DecisionQueryTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private static List<JsonElement> Nodes(GraphQLResponse response, string path = "decisions.nodes") =>
        [.. response.At(path).EnumerateArray()];

    [Fact]
    public async Task WhichDecisionsOfTheQomMeetingAreOpenWhoOwnsThemAndWhenAreTheyDue()
    {
        var partner = await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: "Qom Governorate");
        var response = await factory.PostAsync("""
            {
              decisions(open: true, where: { meeting: { titleEn: { contains: "Qom" } } }, order: [{ dueDate: ASC }]) {
                totalCount
                nodes { text kind status dueDate dueDateJalali isOverdue owners { nameEn } }
              }
            }
            """, partner);

        Assert.False(response.HasErrors, response.ToString());
        var decision = Assert.Single(Nodes(response));
        Assert.Contains("کارگروه‌های تخصصی", decision.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("DECISION", decision.GetProperty("kind").GetString());
        // The source states neither a status nor a due date.
        Assert.Equal(JsonValueKind.Null, decision.GetProperty("status").ValueKind);
        Assert.Equal(JsonValueKind.Null, decision.GetProperty("dueDate").ValueKind);
        Assert.False(decision.GetProperty("isOverdue").GetBoolean());
        Assert.Equal(
            ["Crisis Management Directorate-General, Qom Governorate", "District 20 Crisis Management and Passive Defense Office"],
            decision.GetProperty("owners").EnumerateArray().Select(o => o.GetProperty("nameEn").GetString()).Order());
    }

    [Fact]
    public async Task WhatDidThePeoplesObserversNetworkSessionInDistrict19CommitTo()
    {
        var inspector = await factory.CreateKeyAsync(ApiKeyRole.Inspector, person: "Hossein Amanlou");
        var response = await factory.PostAsync("""
            {
              decisions(districtNumber: 19, where: { kind: { eq: COMMITMENT }, meeting: { kind: { eq: CONSULTATION } } }, order: [{ position: ASC }]) {
                nodes { text owners { nameEn } ownerPeople { fullNameEn } meeting { titleEn } }
              }
            }
            """, inspector);

        Assert.False(response.HasErrors, response.ToString());
        var commitments = Nodes(response);
        Assert.Equal(2, commitments.Count);
        Assert.All(commitments, c => Assert.Equal("Consultation session of the People's Observers Network in District 19",
            c.GetProperty("meeting").GetProperty("titleEn").GetString()));
        Assert.Equal(["Hossein Amanlou", "Touraj Farhadi"], commitments.Select(c => c.GetProperty("ownerPeople")[0].GetProperty("fullNameEn").GetString()));
        Assert.Contains("شبکه ناظرین", commitments[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverdueDecisionsOwnedByDistrict20sCrisisOfficeAreOneQuery()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var crisis = await factory.IdAsync<Organization>(q => q.Where(o => o.NameEn == "District 20 Crisis Management and Passive Defense Office"));
        var meeting = await factory.IdAsync<Meeting>(q => q.Where(m => m.TitleEn!.StartsWith("Staff supervision")));
        var late = await RecordAsync(editor, meeting, "مقرر شد نقشه پایگاه‌ها به‌روز شود.", "2020-01-15", crisis);
        var done = await RecordAsync(editor, meeting, "مقرر شد فهرست داوطلبان تهیه شود.", "2020-01-15", crisis);
        await factory.PostAsync($$"""mutation { changeDecisionStatus(input: { id: "{{done}}", version: 1, status: DONE }) { decision { status } } }""", editor);
        await RecordAsync(editor, meeting, "مقرر شد مانور سالانه برگزار شود.", "2199-01-15", crisis);
        await RecordAsync(editor, meeting, "مقرر شد گزارش ارسال شود.", "2020-01-15");

        var response = await factory.PostAsync("""
            query Overdue($owner: ID!) {
              decisions(overdue: true, ownerOrganizationId: $owner, order: [{ dueDate: ASC }]) { nodes { id isOverdue } }
            }
            """, editor, new { owner = crisis });

        Assert.False(response.HasErrors, response.ToString());
        var node = Assert.Single(Nodes(response));
        Assert.Equal(late, node.GetProperty("id").GetString());
        Assert.True(node.GetProperty("isOverdue").GetBoolean());
        // Through the district's municipality too: the office is one of its departments.
        var district = await factory.IdAsync<Organization>(q => q.Where(o => o.NameEn == "District 20 Municipality"));
        var parent = await factory.PostAsync("query($o: ID!) { decisions(overdue: true, ownerOrganizationId: $o) { nodes { id } } }", editor,
            new { o = district });
        Assert.Equal([late], Nodes(parent).Select(n => n.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task AMeetingsOutcomesAreFilteredByKindAndTheFollowUpArguments()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var response = await factory.PostAsync("""
            {
              meetings(where: { titleEn: { contains: "District 10 PR office" } }) {
                nodes {
                  all: decisions { totalCount nodes { kind } }
                  emphases: decisions(kind: EMPHASIS) { nodes { text status owners { nameEn } } }
                  directives: decisions(kind: DIRECTIVE) { nodes { text owners { nameEn } } }
                  closed: decisions(open: false) { nodes { id } }
                }
              }
            }
            """, editor);

        Assert.False(response.HasErrors, response.ToString());
        var meeting = Assert.Single(Nodes(response, "meetings.nodes"));
        Assert.Equal(5, meeting.GetProperty("all").GetProperty("nodes").GetArrayLength());
        Assert.Equal(5, meeting.GetProperty("all").GetProperty("totalCount").GetInt32());
        var emphases = meeting.GetProperty("emphases").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(4, emphases.Count);
        Assert.Contains(emphases, e => e.GetProperty("text").GetString()!.Contains("پیوست رسانه‌ای", StringComparison.Ordinal));
        Assert.All(emphases, e => Assert.Equal(0, e.GetProperty("owners").GetArrayLength()));
        Assert.All(emphases, e => Assert.Equal(JsonValueKind.Null, e.GetProperty("status").ValueKind));
        var directive = Assert.Single(meeting.GetProperty("directives").GetProperty("nodes").EnumerateArray());
        Assert.Contains("به‌موقع", directive.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("District 10 Public Relations Office", directive.GetProperty("owners")[0].GetProperty("nameEn").GetString());
        Assert.Equal(0, meeting.GetProperty("closed").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task APartnerSeesOnlyTheDecisionsOfMeetingsItMayRead()
    {
        const string Query = "{ decisions(first: 50) { totalCount nodes { meeting { titleEn } } } }";
        var editor = await factory.PostAsync(Query, await factory.CreateKeyAsync(ApiKeyRole.Editor));
        var partner = await factory.PostAsync(Query, await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: "Rey County Welfare Office"));
        var integrator = await factory.PostAsync(Query, await factory.CreateKeyAsync(ApiKeyRole.Integrator));

        var all = Nodes(editor).Select(n => n.GetProperty("meeting").GetProperty("titleEn").GetString()).ToList();
        var rey = Nodes(partner).Select(n => n.GetProperty("meeting").GetProperty("titleEn").GetString()).ToList();
        Assert.Contains("Meeting of the Center for Communications' PR deputy with the District 10 PR office", all);
        Assert.Contains("Consultation with charities on readiness for crises", rey);
        Assert.DoesNotContain("Meeting of the Center for Communications' PR deputy with the District 10 PR office", rey);
        Assert.True(rey.Count < all.Count);
        // Integrators read the meetings with published minutes, and so their outcomes.
        Assert.DoesNotContain("Consultation with charities on readiness for crises",
            Nodes(integrator).Select(n => n.GetProperty("meeting").GetProperty("titleEn").GetString()));
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], (await factory.PostAsync(Query)).ErrorCodes);
    }

    [Fact]
    public async Task ABadDistrictIsAnInvalidArgumentAndABadOwnerAnInvalidId()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var district = await factory.IdAsync<District>(q => q.Where(d => d.Number == 20));
        Assert.Equal(["INVALID_ARGUMENT"], (await factory.PostAsync("{ decisions(districtNumber: 23) { totalCount } }", editor)).ErrorCodes);
        Assert.Equal(["INVALID_ID"], (await factory.PostAsync("""{ decisions(ownerOrganizationId: "nope") { totalCount } }""", editor)).ErrorCodes);
        var wrongType = await factory.PostAsync("query ($o: ID) { decisions(ownerOrganizationId: $o) { totalCount } }", editor, new { o = district });
        Assert.Equal(["INVALID_ID"], wrongType.ErrorCodes);
        Assert.Contains(
            "The node id type name `District` does not match the expected type name `Organization`.", wrongType.ToString(), StringComparison.Ordinal);
    }

    private async Task<string> RecordAsync(string key, string meeting, string text, string dueDate, params string[] owners)
    {
        var response = await factory.PostAsync($$"""
            mutation R($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } {{WriteHarness.Errors}} } }
            """, key, new { input = new { meetingId = meeting, text, dueDate, ownerOrganizationIds = owners } });
        Assert.Empty(response.PayloadErrors("recordDecision"));
        return response.At("recordDecision.decision.id").GetString()!;
    }
}
