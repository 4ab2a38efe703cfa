using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.GraphQL;

/// <summary>
/// Filters across to-many relations, as HotChocolate's <c>ListFilterInputTypeOf...</c> (<c>some</c>, <c>all</c>, <c>none</c>,
/// <c>any</c>) on the root lists: each answers what the database holds, and crosses only rows the caller may read.
/// </summary>
public sealed class RelationFilterTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task MeetingsHavingAnAttendeeFromAnOrganizationAreExactlyThose()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var (organization, expected, total) = await factory.ReadAsync(async db =>
        {
            var attending = await db.MeetingAttendees.Where(a => a.OrganizationId != null).GroupBy(a => a.OrganizationId!.Value)
                .Select(g => new { Organization = g.Key, Meetings = g.Select(a => a.MeetingId).Distinct().Count() }).ToListAsync();
            var some = attending.OrderBy(a => a.Meetings).First();
            var titles = await db.Meetings.Where(m => m.Attendees.Any(a => a.OrganizationId == some.Organization)).Select(m => m.Title).ToListAsync();
            return (Hamahang.Api.Commands.Ids.Of(nameof(Organization), some.Organization), titles, await db.Meetings.CountAsync());
        });
        Assert.InRange(expected.Count, 1, total - 1);

        var response = await factory.PostAsync("""
            query ($org: ID) {
              some: meetings(first: 50, where: { attendees: { some: { organizationId: { eq: $org } } } }) { nodes { title } }
              none: meetings(first: 50, where: { attendees: { none: { organizationId: { eq: $org } } } }) { totalCount }
            }
            """, editor, new { org = organization });

        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal(expected.Order(), response.At("some.nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()).Order());
        Assert.Equal(total - expected.Count, response.At("none.totalCount").GetInt32());
    }

    [Fact]
    public async Task AnyAndAllCountTheRowsTheDatabaseHas()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var (withPeople, withoutPeople, allDecided) = await factory.ReadAsync(async db => (
            await db.Organizations.CountAsync(o => o.ArchivedAt == null && o.People.Any()),
            await db.Organizations.CountAsync(o => o.ArchivedAt == null && !o.People.Any()),
            await db.Meetings.CountAsync(m => m.Decisions.All(d => d.Kind == OutcomeKind.Decision))));
        Assert.True(withPeople > 0 && withoutPeople > 0, $"{withPeople} with people, {withoutPeople} without");

        var response = await factory.PostAsync("""
            {
              with: organizations(where: { people: { any: true } }) { totalCount }
              without: organizations(where: { people: { any: false } }) { totalCount }
              allDecisions: meetings(where: { decisions: { all: { kind: { eq: DECISION } } } }) { totalCount }
            }
            """, editor);

        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal(withPeople, response.At("with.totalCount").GetInt32());
        Assert.Equal(withoutPeople, response.At("without.totalCount").GetInt32());
        Assert.Equal(allDecided, response.At("allDecisions.totalCount").GetInt32());
    }

    [Fact]
    public async Task DistrictsHavingAnOpenFindingCrossOnlyTheFindingsTheCallerMayRead()
    {
        // District 19's People's Observers Network holds a confidential, open, high finding (the seed's special case).
        const string Query = """
            {
              districts(where: { inspections: { some: { findings: { some: {
                severity: { in: [HIGH, CRITICAL] }, status: { in: [FILED, UNDER_REVIEW, REFERRED] }, isConfidential: { eq: true } } } } } }) {
                nodes { number }
              }
            }
            """;
        var expected = await factory.ReadAsync(db => db.Districts
            .Where(d =>
                d.Inspections.Any(i => i.Findings.Any(f => f.IsConfidential && (f.Severity == FindingSeverity.High || f.Severity == FindingSeverity.Critical)
                && (f.Status == FindingStatus.Filed || f.Status == FindingStatus.UnderReview || f.Status == FindingStatus.Referred))))
            .Select(d => d.Number).ToListAsync());
        Assert.Contains(19, expected);

        var editor = await factory.PostAsync(Query, await factory.CreateKeyAsync(ApiKeyRole.Editor));
        var partner = await factory.PostAsync(Query, await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: "Qom Governorate"));

        Assert.False(editor.HasErrors, editor.ToString());
        Assert.Equal(expected.Order(), editor.At("districts.nodes").EnumerateArray().Select(n => n.GetProperty("number").GetInt32()).Order());
        // A partner never sees a confidential finding, so no filter may find a district by one.
        Assert.False(partner.HasErrors, partner.ToString());
        Assert.Empty(partner.At("districts.nodes").EnumerateArray());
    }

    [Fact]
    public async Task AnIntegratorCannotFindMinutesByTheOrganizationsItMayNotRead()
    {
        var integrator = await factory.CreateKeyAsync(ApiKeyRole.Integrator);
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        // Integrators pull minutes; a filter through a minutes' meeting to its attendees' organizations crosses no organization.
        const string Query = """
            { minutes(where: { meeting: { attendees: { some: { organization: { name: { contains: "منطقه" } } } } } }) { totalCount } }
            """;

        var asEditor = await factory.PostAsync(Query, editor);
        var asIntegrator = await factory.PostAsync(Query, integrator);

        Assert.True(asEditor.At("minutes.totalCount").GetInt32() > 0, asEditor.ToString());
        Assert.False(asIntegrator.HasErrors, asIntegrator.ToString());
        Assert.Equal(0, asIntegrator.At("minutes.totalCount").GetInt32());
    }

    [Fact]
    public async Task MeetingsWithADraftAreFoundByAnEditorAndNeverByAPartnerThatReadsThem()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var partner = await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: "Qom Governorate");
        var (qom, district) = await factory.ReadAsync(async db => (
            await db.Organizations.Where(o => o.NameEn == "Qom Governorate").Select(o => o.Id).SingleAsync(),
            await db.Districts.Where(d => d.Number == 20).Select(d => d.Id).SingleAsync()));

        // A District 20 meeting Qom's governorate hosts (so its partner key reads it), whose minutes are a draft.
        var recorded = await factory.PostAsync($$"""
            mutation ($input: RecordMeetingInput!) { recordMeeting(input: $input) { meeting { id } {{WriteHarness.Errors}} } }
            """, editor, new
        {
            input = new
            {
                kind = "COORDINATION", title = "جلسه آزمون پیش‌نویس صورتجلسه", startsAt = "2026-11-21T07:00:00Z",
                hostOrganizationId = Hamahang.Api.Commands.Ids.Of(nameof(Organization), qom),
                districtIds = new[] { Hamahang.Api.Commands.Ids.Of(nameof(District), district) },
            },
        });
        var meeting = recorded.At("recordMeeting.meeting.id").GetString();
        var draft = await factory.PostAsync($$"""
            mutation ($id: ID!) {
              writeMinutes(input: { meetingId: $id, sections: [{ kind: DECISIONS, heading: "مصوبات", body: "مقرر شد." }] }) {
                minutes { status } {{WriteHarness.Errors}}
              }
            }
            """, editor, new { id = meeting });
        Assert.Equal("DRAFT", draft.At("writeMinutes.minutes.status").GetString());
        var (expected, total) = await factory.ReadAsync(async db => (
            await db.Meetings.Where(m => m.Minutes.Any(x => x.Status == MinutesStatus.Draft)).Select(m => m.Title).ToListAsync(),
            await db.Meetings.CountAsync()));
        Assert.Contains("جلسه آزمون پیش‌نویس صورتجلسه", expected);

        const string Query = """
            query ($id: ID!) {
              node(id: $id) { ... on Meeting { title } }
              some: meetings(first: 50, where: { minutes: { some: { status: { eq: DRAFT } } } }) { totalCount nodes { title } }
              none: meetings(where: { minutes: { none: { status: { eq: DRAFT } } } }) { totalCount }
              readable: meetings { totalCount }
              district(number: 20) {
                awaiting: meetings(where: { minutes: { some: { status: { eq: DRAFT } } } }) { totalCount }
                all: meetings(where: { minutes: { all: { status: { eq: PUBLISHED } } } }) { totalCount }
                meetings { totalCount }
              }
            }
            """;
        var asEditor = await factory.PostAsync(Query, editor, new { id = meeting });
        var asPartner = await factory.PostAsync(Query, partner, new { id = meeting });

        Assert.False(asEditor.HasErrors, asEditor.ToString());
        Assert.Equal(expected.Order(), asEditor.At("some.nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()).Order());
        Assert.Equal(expected.Count, asEditor.At("some.totalCount").GetInt32());
        Assert.Equal(total - expected.Count, asEditor.At("none.totalCount").GetInt32());
        Assert.True(asEditor.At("district.awaiting.totalCount").GetInt32() >= 1, asEditor.ToString());

        // The partner reads the meeting, but a filter crosses only the revisions it may read (published ones): no list
        // tells it apart from the others, whichever operation it asks with.
        Assert.False(asPartner.HasErrors, asPartner.ToString());
        Assert.Equal("جلسه آزمون پیش‌نویس صورتجلسه", asPartner.At("node.title").GetString());
        Assert.Equal(0, asPartner.At("some.totalCount").GetInt32());
        Assert.Equal(asPartner.At("readable.totalCount").GetInt32(), asPartner.At("none.totalCount").GetInt32());
        Assert.Equal(0, asPartner.At("district.awaiting.totalCount").GetInt32());
        Assert.Equal(asPartner.At("district.meetings.totalCount").GetInt32(), asPartner.At("district.all.totalCount").GetInt32());
    }

    [Fact]
    public async Task AListFilterIsInTheSchemaAsHotChocolateNamesIt()
    {
        var response = await factory.PostAsync("""
            { type: __type(name: "ListFilterInputTypeOfMeetingAttendeeFilterInput") { inputFields { name type { name } } }
              meeting: __type(name: "MeetingFilterInput") { inputFields { name type { name } } } }
            """, await factory.CreateKeyAsync(ApiKeyRole.Editor));

        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal(["all", "none", "some", "any"], response.At("type.inputFields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        var fields = response.At("meeting.inputFields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!,
            f => f.GetProperty("type").GetProperty("name").GetString());
        Assert.Equal("ListFilterInputTypeOfMeetingAttendeeFilterInput", fields["attendees"]);
        Assert.Equal("ListFilterInputTypeOfDecisionFilterInput", fields["decisions"]);
        Assert.Equal("ListFilterInputTypeOfMinutesFilterInput", fields["minutes"]);
    }
}
