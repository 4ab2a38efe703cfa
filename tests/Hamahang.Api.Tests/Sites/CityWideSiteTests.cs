using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;

namespace Hamahang.Api.Tests.Sites;

/// <summary>A site may serve the whole city (no district) and be of the kinds the vaccination source names.</summary>
public sealed class CityWideSiteTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private const string Create = $$"""
        mutation Create($input: CreateSiteInput!) { createSite(input: $input) { site { id version kind isCityWide district {
          number } } {{WriteHarness.Errors}} } }
        """;

    [Fact]
    public async Task ACityWideMosqueHasNoDistrictAndIsListedButNotUnderADistrict()
    {
        var admin = await factory.CreateKeyAsync(ApiKeyRole.Admin);
        var created = await factory.PostAsync(Create, admin, new { input = new { name = "مسجد نمونه شهر", kind = "MOSQUE", cityWide = true } });
        Assert.Empty(created.PayloadErrors("createSite"));
        Assert.Equal(("MOSQUE", true, System.Text.Json.JsonValueKind.Null),
            (created.At("createSite.site.kind").GetString(), created.At("createSite.site.isCityWide").GetBoolean(), created.At("createSite.site.district")
                .ValueKind));

        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var read = await factory.PostAsync("""
            { sites(where: { isCityWide: { eq: true } }) { nodes { name } } district(number: 20) { sites(first: 50) { nodes { name } } } }
            """, editor);
        Assert.False(read.HasErrors, read.ToString());
        Assert.Equal(["مسجد نمونه شهر"], read.At("sites.nodes").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.DoesNotContain(read.At("district.sites.nodes").EnumerateArray(), s => s.GetProperty("name").GetString() == "مسجد نمونه شهر");

        // Moved into District 20: no longer city-wide.
        var id = created.At("createSite.site.id").GetString()!;
        var district = await factory.IdAsync<District>(q => q.Where(d => d.Number == 20));
        var moved = await factory.PostAsync($$"""
            mutation Update($input: UpdateSiteInput!) { updateSite(input: $input) { site { isCityWide district { number } } {{WriteHarness.Errors}} } }
            """, admin, new { input = new { id, version = 1, name = "مسجد نمونه شهر", kind = "MOSQUE", districtId = district } });
        Assert.Empty(moved.PayloadErrors("updateSite"));
        Assert.Equal((false, 20), (moved.At("updateSite.site.isCityWide").GetBoolean(), moved.At("updateSite.site.district.number").GetInt32()));
    }

    [Fact]
    public async Task ASiteIsEitherCityWideOrInADistrictAndNothingIsWrittenOtherwise()
    {
        var admin = await factory.CreateKeyAsync(ApiKeyRole.Admin);
        var district = await factory.IdAsync<District>(q => q.Where(d => d.Number == 20));
        var counts = await factory.CountsAsync();
        Assert.Equal([("ValidationError", "districtId")],
            (await factory.PostAsync(Create, admin, new { input = new { name = "ایستگاه", kind = "METRO_STATION" } })).PayloadErrors("createSite"));
        Assert.Equal([("ValidationError", "districtId")],
            (await factory.PostAsync(Create, admin, new { input = new { name = "ایستگاه", kind = "METRO_STATION", cityWide = true, districtId = district } }))
            .PayloadErrors("createSite"));
        Assert.Equal(counts, await factory.CountsAsync());
    }
}
