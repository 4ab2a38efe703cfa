using Hamahang.Api.Domain;

namespace Hamahang.Api.Tests.GraphQL;

/// <summary>
/// Foreign keys are global ids, as HotChocolate's <c>[ID(nameof(Organization))]</c> makes them: a key equals the id of
/// the record it names, a filter on it takes that id, and an id of another type is an <c>INVALID_ID</c> error.
/// </summary>
public sealed class ForeignKeyIdTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task AForeignKeyIsTheGlobalIdOfTheRecordItNames()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var response = await factory.PostAsync("""
            {
              organizations(where: { districtId: { neq: null } }, first: 50) { nodes { districtId district { id } parentId parent { id } } }
              meetings(first: 50) { nodes { hostOrganizationId hostOrganization { id } sourceId source { id } decisions(first: 5) { nodes { meetingId } } } }
              findings(first: 50) { nodes { inspectionId inspection { id } responsibleOrganizationId responsibleOrganization { id } } }
            }
            """, editor);
        Assert.False(response.HasErrors, response.ToString());

        var organizations = response.At("organizations.nodes").EnumerateArray().ToList();
        Assert.NotEmpty(organizations);
        Assert.All(organizations, o => Assert.Equal(o.GetProperty("district").GetProperty("id").GetString(), o.GetProperty("districtId").GetString()));
        Assert.Contains(organizations, o => o.GetProperty("parentId").GetString() is { } parent && parent == o.GetProperty("parent").GetProperty("id")
            .GetString());
        var meetings = response.At("meetings.nodes").EnumerateArray().ToList();
        Assert.Contains(meetings, m => m.GetProperty("hostOrganizationId").GetString() is { } host && host == m.GetProperty("hostOrganization")
            .GetProperty("id").GetString());
        Assert.Contains(meetings, m => m.GetProperty("sourceId").GetString() is { } source && source == m.GetProperty("source").GetProperty("id").GetString());
        Assert.All(response.At("findings.nodes").EnumerateArray(),
            f => Assert.Equal(f.GetProperty("inspection").GetProperty("id").GetString(), f.GetProperty("inspectionId").GetString()));
    }

    [Fact]
    public async Task AFilterOnAForeignKeyTakesTheIdAndRefusesAnIdOfAnotherType()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var district = await factory.IdAsync<District>(q => q.Where(d => d.Number == 20));
        var site = await factory.IdAsync<Site>(q => q.Where(s => s.DistrictId != null));
        const string Query = "query ($id: ID) { organizations(where: { districtId: { eq: $id } }) { nodes { district { number } } } }";

        var found = await factory.PostAsync(Query, editor, new { id = district });
        Assert.False(found.HasErrors, found.ToString());
        Assert.NotEmpty(found.At("organizations.nodes").EnumerateArray());
        Assert.All(found.At("organizations.nodes").EnumerateArray(), o => Assert.Equal(20, o.GetProperty("district").GetProperty("number").GetInt32()));

        Assert.Equal(["INVALID_ID"], (await factory.PostAsync(Query, editor, new { id = site })).ErrorCodes);
        Assert.Equal(["INVALID_ID"], (await factory.PostAsync(Query, editor, new { id = "20" })).ErrorCodes);
    }

    [Fact]
    public async Task AMutationInputWithAnIdOfAnotherTypeIsRefusedBeforeTheMutationRuns()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var site = await factory.IdAsync<Site>(q => q.Where(s => s.DistrictId != null));
        const string Cancel = "mutation ($input: CancelMeetingInput!) { cancelMeeting(input: $input) { meeting { status } errors { __typename } } }";
        const string Written = "mutation ($id: ID!) { cancelMeeting(input: { id: $id, version: 1 }) { meeting { status } } }";

        var variable = await factory.PostAsync(Cancel, editor, new { input = new { id = site, version = 1 } });
        Assert.Equal(["BAD_USER_INPUT"], variable.ErrorCodes);
        Assert.Contains(
            "at .id: The node id type name `Site` does not match the expected type name `Meeting`.", variable.ToString(), StringComparison.Ordinal);
        var inside = await factory.PostAsync(Written, editor, new { id = "bm90IGFuIGlk" });
        Assert.Equal(["INVALID_ID"], inside.ErrorCodes);
        Assert.Contains("The node ID string has an invalid format.", inside.ToString(), StringComparison.Ordinal);
    }
}
