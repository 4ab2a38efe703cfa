using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;

namespace Hamahang.Api.Tests.Districts;

public sealed class DistrictQueriesTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task DistrictsArePagedInNumberOrder()
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: "استانداری قم");
        var response = await factory.PostAsync("{ districts(first: 3) { totalCount nodes { number name } pageInfo { hasNextPage } } }", key);
        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal(22, response.At("districts.totalCount").GetInt32());
        Assert.Equal([1, 2, 3], response.At("districts.nodes").EnumerateArray().Select(d => d.GetProperty("number").GetInt32()));
        Assert.True(response.At("districts.pageInfo.hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task DistrictTwentyHasItsCrisisSites()
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var response = await factory.PostAsync("{ district(number: 20) { id number areaName sites { totalCount nodes { name kind } } } }", key);
        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal(20, response.At("district.number").GetInt32());
        var sites = response.At("district.sites.nodes").EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToList();
        Assert.Equal(4, sites.Count);
        Assert.Contains(sites, s => s.Contains("سیزده آبان", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ANameSpelledWithArabicYehFindsTheDistrict()
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        // «شهرري» with Arabic ي, as a keyboard without the Persian layout types it.
        var response = await factory.PostAsync("""{ districts(where: { areaName: { contains: "شهرري" } }) { nodes { number } } }""", key);
        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal([20], response.At("districts.nodes").EnumerateArray().Select(d => d.GetProperty("number").GetInt32()));
    }

    [Fact]
    public async Task AnIntegratorIsNotAuthorizedToReadDistricts()
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Integrator);
        var response = await factory.PostAsync("{ districts { nodes { number } } }", key);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodes);
    }
}
