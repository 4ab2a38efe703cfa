using System.Text.Json;
using Hamahang.Api.Commands;
using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.GraphQL;

/// <summary>
/// The lists a client pages inside a record (a district's sites, meetings and findings, a meeting's decisions, an
/// organization's people) are connections as HotChocolate makes them: <c>first/after/last/before</c>, <c>where</c>,
/// <c>order</c>, <c>totalCount</c>, named after the field; each level costs one SQL command for every parent of the list
/// (one more for <c>totalCount</c>), and a district's findings are those the caller may read.
/// </summary>
public sealed class NestedConnectionTests(CountingHostFactory factory) : IClassFixture<CountingHostFactory>
{
    [Fact]
    public async Task TwoDistrictsSitesArePagedSortedAndCountedAndTheNextPageStartsAfterTheCursor()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        await AddRowsAsync();
        var sites = await factory.ReadAsync(db => db.Sites.Where(s => s.ArchivedAt == null && s.DistrictId != null)
            .Select(s => new { s.Id, s.Name, District = s.District!.Number }).ToListAsync());
        var expected = sites.GroupBy(s => s.District).ToDictionary(g => g.Key, g => g.OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Id).ToList());
        var two = expected.Where(e => e.Value.Count >= 4).Select(e => e.Key).Order().Take(2).ToArray();
        Assert.Equal(2, two.Length);
        const string Query = """
            query($numbers: [Int!], $after: String) {
              districts(where: { number: { in: $numbers } }, order: [{ number: ASC }]) {
                nodes { number sites(first: 2, after: $after, order: [{ name: ASC }]) {
                  totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { name } } }
              }
            }
            """;

        var first = await factory.PostAsync(Query, editor, new { numbers = two });
        var cursor = first.At("districts.nodes")[0].GetProperty("sites").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await factory.PostAsync(Query, editor, new { numbers = two, after = cursor });

        Assert.False(first.HasErrors || second.HasErrors, first + " " + second);
        var pages = first.At("districts.nodes").EnumerateArray().Zip(second.At("districts.nodes").EnumerateArray()).ToList();
        Assert.Equal(two, pages.Select(p => p.First.GetProperty("number").GetInt32()));
        var last = expected[two[0]][1];
        foreach (var (page1, page2) in pages)
        {
            var all = expected[page1.GetProperty("number").GetInt32()];
            Assert.Equal(all.Take(2).Select(s => s.Name), Names(page1.GetProperty("sites"), "name"));
            Assert.Equal(all.Count, page1.GetProperty("sites").GetProperty("totalCount").GetInt32());
            var after = all.Where(s => string.CompareOrdinal(s.Name, last.Name) > 0 || (s.Name == last.Name && s.Id > last.Id)).Take(2);
            Assert.Equal(after.Select(s => s.Name), Names(page2.GetProperty("sites"), "name"));
            Assert.True(page2.GetProperty("sites").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        }

        Assert.Equal(expected[two[0]].Skip(2).Take(2).Select(s => s.Name), Names(pages[0].Second.GetProperty("sites"), "name"));
    }

    [Fact]
    public async Task ADistrictsMeetingsAreFilteredSortedAndCountedEarliestFirstUnlessOrdered()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var meetings = await factory.ReadAsync(db => db.MeetingDistricts.Where(md => md.District!.Number == 20)
            .Select(md => new { md.Meeting!.Id, md.Meeting.Title, md.Meeting.StartsAt, md.Meeting.Status }).ToListAsync());
        var held = meetings.Where(m => m.Status == MeetingStatus.Held).OrderByDescending(m => m.StartsAt).ThenBy(m => m.Id).ToList();
        Assert.True(held.Count >= 2, $"{held.Count} of {meetings.Count} held");

        var response = await factory.PostAsync("""
            {
              district(number: 20) {
                all: meetings(first: 50) { totalCount nodes { title } }
                held: meetings(first: 2, where: { status: { eq: HELD } }, order: [{ startsAt: DESC }]) { totalCount pageInfo { hasNextPage } nodes { title } }
                other: meetings(where: { status: { neq: HELD } }) { totalCount }
              }
            }
            """, editor);

        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal(meetings.OrderBy(m => m.StartsAt).ThenBy(m => m.Id).Select(m => m.Title), Names(response.At("district.all"), "title"));
        Assert.Equal(meetings.Count, response.At("district.all.totalCount").GetInt32());
        Assert.Equal(held.Take(2).Select(m => m.Title), Names(response.At("district.held"), "title"));
        Assert.Equal(held.Count, response.At("district.held.totalCount").GetInt32());
        Assert.Equal(held.Count > 2, response.At("district.held.pageInfo.hasNextPage").GetBoolean());
        Assert.Equal(meetings.Count - held.Count, response.At("district.other.totalCount").GetInt32());
    }

    [Fact]
    public async Task APartnerSeesNoConfidentialFindingOfADistrictAndAnEditorSeesThemAll()
    {
        const string Query = """
            { district(number: 19) { findings(first: 50, order: [{ id: ASC }]) { totalCount nodes { title isConfidential } } } }
            """;
        var (all, open) = await factory.ReadAsync(async db => (
            await db.Findings.Where(f => f.Inspection!.District!.Number == 19).OrderBy(f => f.Id).Select(f => (string?)f.Title).ToListAsync(),
            await db.Findings.Where(f => f.Inspection!.District!.Number == 19 && !f.IsConfidential).OrderBy(f => f.Id)
                .Select(f => (string?)f.Title).ToListAsync()));
        Assert.True(all.Count > open.Count, "District 19 has a confidential finding");

        var editor = await factory.PostAsync(Query, await factory.CreateKeyAsync(ApiKeyRole.Editor));
        var partner = await factory.PostAsync(Query, await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: "Qom Governorate"));
        var integrator = await factory.PostAsync(Query, await factory.CreateKeyAsync(ApiKeyRole.Integrator));
        var integratorWithout = await factory.PostAsync("{ district(number: 19) { number } }", await factory.CreateKeyAsync(ApiKeyRole.Integrator));

        Assert.False(editor.HasErrors || partner.HasErrors, editor + " " + partner);
        Assert.Equal(all, Names(editor.At("district.findings"), "title"));
        Assert.Equal(all.Count, editor.At("district.findings.totalCount").GetInt32());
        Assert.Equal(open, Names(partner.At("district.findings"), "title"));
        Assert.Equal(open.Count, partner.At("district.findings.totalCount").GetInt32());
        // An integrator reads no district: the findings change nothing of what it gets.
        Assert.Equal(integratorWithout.ErrorCodes, integrator.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, integrator.At("district").ValueKind);
    }

    [Fact]
    public async Task AMeetingsDecisionsKeepTheFollowUpArgumentsBesideWhereOrderAndPaging()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var decisions = await factory.ReadAsync(db => db.Decisions.Where(d => d.Meeting!.TitleEn!.Contains("District 10 PR office"))
            .Select(d => new { d.Id, d.Position, d.Kind, d.Text }).ToListAsync());
        var emphases = decisions.Where(d => d.Kind == OutcomeKind.Emphasis).ToList();
        Assert.True(emphases.Count >= 3, $"{emphases.Count} emphases");

        var response = await factory.PostAsync("""
            query($after: String) {
              meetings(first: 1, where: { titleEn: { contains: "District 10 PR office" } }) {
                nodes {
                  inOrder: decisions { totalCount nodes { position } }
                  emphases: decisions(kind: EMPHASIS, first: 2, after: $after, order: [{ id: DESC }]) { totalCount pageInfo { endCursor } nodes { text } }
                  filtered: decisions(where: { kind: { eq: DIRECTIVE } }) { totalCount }
                }
              }
            }
            """, editor);
        Assert.False(response.HasErrors, response.ToString());
        var meeting = response.At("meetings.nodes")[0];
        var next = await factory.PostAsync(
            """
            query($after: String) { meetings(first: 1, where: { titleEn: { contains: "District 10 PR office" } }) {
              nodes { decisions(kind: EMPHASIS, first: 2, after: $after, order: [{ id: DESC }]) { nodes { text } } } } }
            """,
            editor, new { after = meeting.GetProperty("emphases").GetProperty("pageInfo").GetProperty("endCursor").GetString() });

        Assert.False(next.HasErrors, next.ToString());
        Assert.Equal(decisions.OrderBy(d => d.Position).ThenBy(d => d.Id).Select(d => d.Position),
            meeting.GetProperty("inOrder").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("position").GetInt32()));
        var byId = emphases.OrderByDescending(d => d.Id).Select(d => d.Text).ToList();
        Assert.Equal(byId.Take(2), Names(meeting.GetProperty("emphases"), "text"));
        Assert.Equal(emphases.Count, meeting.GetProperty("emphases").GetProperty("totalCount").GetInt32());
        Assert.Equal(byId.Skip(2).Take(2), Names(next.At("meetings.nodes")[0].GetProperty("decisions"), "text"));
        Assert.Equal(decisions.Count(d => d.Kind == OutcomeKind.Directive), meeting.GetProperty("filtered").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task TwoOrganizationsPeopleArePagedAndFilteredByName()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        await AddRowsAsync();
        var people = await factory.ReadAsync(db => db.People.Where(p => p.OrganizationId != null)
            .Select(p => new { p.Id, p.FullName, Organization = p.OrganizationId!.Value }).ToListAsync());
        var two = people.GroupBy(p => p.Organization).Where(g => g.Count() >= 2).Select(g => g.Key).Order().Take(2).ToArray();
        Assert.Equal(2, two.Length);
        var ids = two.Select(o => Ids.Of(nameof(Organization), o)).ToArray();

        var response = await factory.PostAsync("""
            query($ids: [ID!]) {
              organizations(where: { id: { in: $ids } }, order: [{ id: ASC }]) {
                nodes { people(first: 1, order: [{ fullName: DESC }]) { totalCount pageInfo { hasNextPage } nodes { fullName } } }
              }
            }
            """, editor, new { ids });

        Assert.False(response.HasErrors, response.ToString());
        var pages = response.At("organizations.nodes").EnumerateArray().Select(n => n.GetProperty("people")).ToList();
        for (var i = 0; i < 2; i++)
        {
            var own = people.Where(p => p.Organization == two[i]).OrderByDescending(p => p.FullName, StringComparer.Ordinal).ThenBy(p => p.Id).ToList();
            Assert.Equal([own[0].FullName], Names(pages[i], "fullName"));
            Assert.Equal(own.Count, pages[i].GetProperty("totalCount").GetInt32());
            Assert.True(pages[i].GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        }
    }

    [Theory]
    // The districts, then one command for each nested connection of them.
    [InlineData("{ districts(first: 22) { nodes { sites(first: 2) { nodes { name } } meetings(first: 2) { nodes { title } } "
        + "findings(first: 2) { nodes { title } } } } }", 4)]
    // ... and one count for each that selects totalCount.
    [InlineData("{ districts(first: 8) { nodes { sites(first: 2) { totalCount nodes { name } } meetings(first: 2) { totalCount nodes { title } } "
        + "findings { totalCount } } } }", 7)]
    [InlineData("{ meetings(first: 20) { nodes { decisions(first: 3, where: { kind: { neq: EMPHASIS } }) { totalCount nodes { text } } } } }", 3)]
    [InlineData("{ organizations(first: 20) { nodes { people(first: 2, order: [{ fullName: ASC }]) { nodes { fullName } } } } }", 2)]
    public async Task ANestedConnectionCostsOneCommandForAllItsParents(string query, int commands)
    {
        var admin = await factory.CreateKeyAsync(ApiKeyRole.Admin);
        Assert.False((await factory.PostAsync(query, admin)).HasErrors);

        factory.Counter.Reset();
        var response = await factory.PostAsync(query, admin);

        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal(commands, factory.Counter.Commands.Count(c => !c.Contains("\"GraphQLOutbox\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TheNestedConnectionsAreNamedAfterTheirFieldsAndTakeHotChocolatesArguments()
    {
        var response = await factory.PostAsync("""
            {
              district: __type(name: "District") { fields { name type { name } args { name type { name ofType { name ofType { name } } } } } }
              meeting: __type(name: "Meeting") { fields { name type { name } args { name } } }
              organization: __type(name: "Organization") { fields { name type { name } args { name } } }
              prefixed: __type(name: "DistrictSitesConnection") { name }
            }
            """, await factory.CreateKeyAsync(ApiKeyRole.Editor));

        Assert.False(response.HasErrors, response.ToString());
        var paging = new[] { "first", "after", "last", "before", "where", "order" };
        foreach (var (type, field, connection, args) in new[]
        {
            ("district", "sites", "SitesConnection", paging),
            ("district", "meetings", "MeetingsConnection", paging),
            ("district", "findings", "FindingsConnection", paging),
            ("meeting", "decisions", "DecisionsConnection", ["kind", "status", "open", "overdue", .. paging]),
            ("organization", "people", "PeopleConnection", paging),
        })
        {
            var definition = response.At(type + ".fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == field);
            Assert.Equal(connection, definition.GetProperty("type").GetProperty("name").GetString());
            Assert.Equal(args, definition.GetProperty("args").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        }

        var sites = response.At("district.fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "sites").GetProperty("args");
        Assert.Equal("SiteFilterInput", sites[4].GetProperty("type").GetProperty("name").GetString());
        Assert.Equal("SiteSortInput", sites[5].GetProperty("type").GetProperty("ofType").GetProperty("ofType").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, response.At("prefixed").ValueKind);
    }

    [Fact]
    public async Task DistrictsHavingAnOpenCriticalFindingAreExactlyThose()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        await AddRowsAsync();
        var (having, total) = await factory.ReadAsync(async db => (
            await db.Districts.Where(d => d.Inspections.Any(i => i.Findings.Any(f => f.Severity == FindingSeverity.Critical
                && (f.Status == FindingStatus.Filed || f.Status == FindingStatus.UnderReview || f.Status == FindingStatus.Referred))))
                .Select(d => d.Number).ToListAsync(),
            await db.Districts.CountAsync()));
        Assert.InRange(having.Count, 1, total - 1);

        var response = await factory.PostAsync("""
            {
              districts(first: 22, where: { inspections: { some: { findings: { some: {
                severity: { eq: CRITICAL }, status: { in: [FILED, UNDER_REVIEW, REFERRED] } } } } } }) { nodes { number } }
            }
            """, editor);

        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal(having.Order(), response.At("districts.nodes").EnumerateArray().Select(n => n.GetProperty("number").GetInt32()).Order());
    }

    // The seed is small (a district with four sites, no organization with two people, no open critical finding):
    // two districts get five sites more, two organizations three people more, the first inspection an open critical finding. Once per host.
    private Task<int> AddRowsAsync() => factory.ReadAsync(async db =>
    {
        const string Mark = "آزمون صفحه";
        if (await db.Sites.AnyAsync(s => s.Name.StartsWith(Mark)))
        {
            return 0;
        }

        var now = DateTime.UtcNow;
        foreach (var district in await db.Districts.OrderBy(d => d.Number).Take(2).ToListAsync())
        {
            db.Sites.AddRange(Enumerable.Range(1, 5).Select(i => new Site
            {
                Name = $"{Mark} {district.Number}-{(char)('a' + ((i * 3) % 5))}", DistrictId = district.Id, Kind = SiteKind.SupportBase,
                CreatedAt = now, UpdatedAt = now,
            }));
        }

        foreach (var organization in await db.Organizations.OrderBy(o => o.Id).Take(2).ToListAsync())
        {
            db.People.AddRange(Enumerable.Range(1, 3).Select(i => new Person
            {
                FullName = $"{Mark} {organization.Id}-{(char)('a' + i)}", OrganizationId = organization.Id, CreatedAt = now, UpdatedAt = now,
            }));
        }

        var inspection = await db.Inspections.OrderBy(i => i.Id).FirstAsync();
        db.Findings.Add(new Finding
        {
            InspectionId = inspection.Id, Title = Mark, Severity = FindingSeverity.Critical, Status = FindingStatus.Filed,
            Category = FindingCategory.Problem, Channel = FindingChannel.Oversight1888, CreatedAt = now, UpdatedAt = now,
        });
        return await db.SaveChangesAsync();
    });

    private static List<string?> Names(JsonElement connection, string field) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty(field).GetString())];
}
