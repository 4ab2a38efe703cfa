using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;

namespace Hamahang.Api.Tests.Partnerships;

/// <summary>The seeded supporting province, read from the list, from both organizations and from the district.</summary>
public sealed class PartnershipQueryTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private const string Fields =
        "organization { nameEn } supportedOrganization { nameEn } district { number } isLeading startsOn endsOn instruction counterparts { organization { " +
        "nameEn } counterpart { nameEn } }";

    private const string List = $$"""
        query { partnerships(where: { kind: { eq: SUPPORTING_PROVINCE } }, order: { id: ASC }) { nodes { {{Fields}} } } }
        """;

    private const string FromBothSides = """
        query {
          supporter: organizations(where: { nameEn: { eq: "Qom Governorate" } }) { nodes { partnerships { district { number } } } }
          supported: organizations(where: { nameEn: { eq: "District 20 Municipality" } }) { nodes { partnerships { organization { nameEn } } } }
          districts(where: { number: { eq: 20 } }) { nodes { partnerships { organization { nameEn } isLeading } } }
        }
        """;

    [Fact]
    public async Task APartnerReadsQomSupportingDistrict20AsTheSourceStatesIt()
    {
        var partner = await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: "Rey County Welfare Office");
        var response = await factory.PostAsync(List, partner);
        Assert.False(response.HasErrors, response.ToString());
        var qom = Assert.Single(response.At("partnerships.nodes").EnumerateArray(), p => p.GetProperty("organization").GetProperty("nameEn")
            .GetString() == "Qom Governorate");
        Assert.Equal(20, qom.GetProperty("district").GetProperty("number").GetInt32());
        Assert.Equal("District 20 Municipality", qom.GetProperty("supportedOrganization").GetProperty("nameEn").GetString());
        Assert.True(qom.GetProperty("isLeading").GetBoolean());
        Assert.Contains("دستورالعمل وزارت کشور", qom.GetProperty("instruction").GetString(), StringComparison.Ordinal);
        // The source gives no period.
        Assert.Equal(System.Text.Json.JsonValueKind.Null, qom.GetProperty("startsOn").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, qom.GetProperty("endsOn").ValueKind);
        var pair = Assert.Single(qom.GetProperty("counterparts").EnumerateArray());
        Assert.Equal("Crisis Management Directorate-General, Qom Governorate", pair.GetProperty("organization").GetProperty("nameEn").GetString());
        Assert.Equal("District 20 Crisis Management and Passive Defense Office", pair.GetProperty("counterpart").GetProperty("nameEn").GetString());
    }

    [Fact]
    public async Task ThePartnershipIsReachableFromBothOrganizationsAndFromTheDistrict()
    {
        var inspector = await factory.CreateKeyAsync(ApiKeyRole.Inspector, person: "Hossein Amanlou");
        var response = await factory.PostAsync(FromBothSides, inspector);
        Assert.False(response.HasErrors, response.ToString());
        Assert.Contains(response.At("supporter.nodes")[0].GetProperty("partnerships").EnumerateArray(), p => p.GetProperty("district").GetProperty("number")
            .GetInt32() == 20);
        Assert.Contains(response.At("supported.nodes")[0].GetProperty("partnerships").EnumerateArray(), p => p.GetProperty("organization").GetProperty("nameEn")
            .GetString() == "Qom Governorate");
        Assert.Contains(response.At("districts.nodes")[0].GetProperty("partnerships").EnumerateArray(), p => p.GetProperty("isLeading").GetBoolean());
    }

    [Fact]
    public async Task IntegratorsAndAnonymousCallersReadNoPartnerships()
    {
        var integrator = await factory.CreateKeyAsync(ApiKeyRole.Integrator);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await factory.PostAsync(List, integrator)).ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], (await factory.PostAsync(List, null)).ErrorCodes);
    }
}
