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
    }
}
