using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;

namespace Hamahang.Api.Tests.Meetings;

/// <summary>Published minutes are dated only as precisely as their source published them: no invented day or midnight.</summary>
public sealed class MinutesPrecisionTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task ThePublicationDateShowsTheDayAndHourOnlyWhereTheSourceGivesThem()
    {
        var integrator = await factory.CreateKeyAsync(ApiKeyRole.Integrator);
        var response = await factory.PostAsync("""
            { minutes(first: 50, where: { status: { eq: PUBLISHED } }) { nodes { meeting { title } publishedAtPrecision publishedAtJalali markdown } } }
            """, integrator);

        Assert.False(response.HasErrors, response.ToString());
        var nodes = response.At("minutes.nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("meeting").GetProperty("title").GetString()!, n => n);
        var qom = nodes.Single(n => n.Key.Contains("استان معین و پیشتاز قم", StringComparison.Ordinal)).Value;
        Assert.Equal("YEAR", qom.GetProperty("publishedAtPrecision").GetString());
        Assert.Equal("1403", qom.GetProperty("publishedAtJalali").GetString());
        var markdown = qom.GetProperty("markdown").GetString()!;
        Assert.Contains("انتشار", markdown, StringComparison.Ordinal);
        Assert.Contains(" 1403 (2024-03-20)", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("00:00", markdown, StringComparison.Ordinal);
        var observers = nodes.Single(n => n.Key.Contains("شبکه ناظرین مردمی", StringComparison.Ordinal)).Value;
        Assert.Equal("TIME", observers.GetProperty("publishedAtPrecision").GetString());
        Assert.Equal("1402/02/11 15:58", observers.GetProperty("publishedAtJalali").GetString());
    }
}
