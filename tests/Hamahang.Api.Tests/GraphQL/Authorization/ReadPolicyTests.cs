using Hamahang.Api.Domain;

namespace Hamahang.Api.Tests.GraphQL.Authorization;

/// <summary>Each kind of caller reads what DOMAIN.md lets it read, over HTTP against the seeded host.</summary>
public sealed class ReadPolicyTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private const string Qom = "استانداری قم";

    [Fact]
    public async Task APartnerReadsTheMeetingsItsOrganizationTookPartInAndNotOthers()
    {
        var partner = await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: Qom);
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        const string query = "{ meetings(first: 50) { nodes { titleEn } } }";

        var all = Titles(await factory.PostAsync(query, editor), "meetings.nodes", "titleEn");
        var seen = Titles(await factory.PostAsync(query, partner), "meetings.nodes", "titleEn");

        Assert.Equal(6, all.Count);
        Assert.Contains(seen, t => t!.Contains("Qom", StringComparison.Ordinal));
        Assert.True(seen.Count < all.Count, "the partner sees fewer meetings than an editor");
        Assert.DoesNotContain(seen, t => t!.Contains("District 10", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APartnerReadsTheWorkingGroupsOfItsProvince()
    {
        var partner = await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: Qom);
        var response = await factory.PostAsync("{ workingGroups { totalCount nodes { nameEn members { organization { nameEn } } } } }", partner);
        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal(4, response.At("workingGroups.totalCount").GetInt32());
    }

    [Fact]
    public async Task APartnerOfAnotherOrganizationSeesNoneOfQomsWorkingGroups()
    {
        var partner = await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: "اداره بهزیستی شهرستان ری");
        var response = await factory.PostAsync("{ workingGroups { totalCount } }", partner);
        Assert.Equal(0, response.At("workingGroups.totalCount").GetInt32());
    }

    [Fact]
    public async Task APartnerNeverSeesAConfidentialFindingInListsOrNested()
    {
        var partner = await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: Qom);
        var response = await factory.PostAsync("{ findings(first: 50) { nodes { isConfidential } } inspections { nodes { findings { isConfidential } } } }",
            partner);
        Assert.False(response.HasErrors, response.ToString());
        var listed = response.At("findings.nodes").EnumerateArray().Select(f => f.GetProperty("isConfidential").GetBoolean()).ToList();
        var nested = response.At("inspections.nodes").EnumerateArray().SelectMany(i => i.GetProperty("findings").EnumerateArray())
            .Select(f => f.GetProperty("isConfidential").GetBoolean()).ToList();
        Assert.Equal(3, listed.Count);
        Assert.Equal(3, nested.Count);
        Assert.DoesNotContain(true, listed.Concat(nested));
    }

    [Fact]
    public async Task APartnerAskingAConfidentialFindingByNodeIdIsNotAuthorized()
    {
        var id = await ConfidentialFindingIdAsync();
        var partner = await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: Qom);

        var one = await factory.PostAsync("query($id: ID!) { node(id: $id) { id ... on Finding { title } } }", partner, new { id });
        var many = await factory.PostAsync("query($id: ID!) { nodes(ids: [$id]) { id } }", partner, new { id });

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], one.ErrorCodes);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, one.At("node").ValueKind);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], many.ErrorCodes);
        Assert.DoesNotContain("پرونده ویژه", one.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheInspectorOfAnInspectionReadsItsConfidentialFinding()
    {
        var id = await ConfidentialFindingIdAsync();
        var inspector = await factory.CreateKeyAsync(ApiKeyRole.Inspector, person: "حسین امانلو");

        var node = await factory.PostAsync("query($id: ID!) { node(id: $id) { ... on Finding { title isConfidential history { change } } } }", inspector,
            new { id });
        var list = await factory.PostAsync("{ findings { totalCount } }", inspector);

        Assert.False(node.HasErrors, node.ToString());
        Assert.True(node.At("node.isConfidential").GetBoolean());
        Assert.NotEmpty(node.At("node.history").EnumerateArray());
        Assert.Equal(4, list.At("findings.totalCount").GetInt32());
    }

    [Fact]
    public async Task AnInspectorNotOnTheInspectionDoesNotReadItsConfidentialFinding()
    {
        var id = await ConfidentialFindingIdAsync();
        var inspector = await factory.CreateKeyAsync(ApiKeyRole.Inspector, person: "سلیمان قهرمانی");

        var node = await factory.PostAsync("query($id: ID!) { node(id: $id) { id } }", inspector, new { id });
        var list = await factory.PostAsync("{ findings { totalCount } }", inspector);

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], node.ErrorCodes);
        Assert.Equal(3, list.At("findings.totalCount").GetInt32());
    }

    [Fact]
    public async Task AnIntegratorReadsPublishedMinutesOnly()
    {
        var integrator = await factory.CreateKeyAsync(ApiKeyRole.Integrator);
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);

        var minutes = await factory.PostAsync("{ minutes(first: 50) { nodes { status } } }", integrator);
        var all = await factory.PostAsync("{ minutes(first: 50) { nodes { status } } }", editor);
        var meetings = await factory.PostAsync("{ meetings { totalCount } }", integrator);

        Assert.All(minutes.At("minutes.nodes").EnumerateArray(), m => Assert.Equal("PUBLISHED", m.GetProperty("status").GetString()));
        Assert.Contains(all.At("minutes.nodes").EnumerateArray(), m => m.GetProperty("status").GetString() != "PUBLISHED");
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], meetings.ErrorCodes);
    }

    [Fact]
    public async Task AnAnonymousCallerAskingANodeIsNotAuthenticated()
    {
        var id = await ConfidentialFindingIdAsync();
        var response = await factory.PostAsync("query($id: ID!) { node(id: $id) { id } }", null, new { id });
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], response.ErrorCodes);
    }

    private async Task<string> ConfidentialFindingIdAsync()
    {
        var admin = await factory.CreateKeyAsync(ApiKeyRole.Admin);
        var response = await factory.PostAsync("{ findings(where: { isConfidential: { eq: true } }) { nodes { id } } }", admin);
        return response.At("findings.nodes").EnumerateArray().Single().GetProperty("id").GetString()!;
    }

    private static List<string?> Titles(GraphQLResponse response, string path, string field)
    {
        Assert.False(response.HasErrors, response.ToString());
        return [.. response.At(path).EnumerateArray().Select(n => n.GetProperty(field).GetString())];
    }
}
