using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Microsoft.AspNetCore.Hosting;

namespace Hamahang.Api.Tests.Reliability;

/// <summary>A host whose rate limits are small enough to reach in a test: 3 requests a minute per key, 2 without one.</summary>
public sealed class SmallRateLimitsFactory : HostFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:PerKeyPerMinute", "3");
        builder.UseSetting("RateLimits:AnonymousPerAddressPerMinute", "2");
    }
}

/// <summary>Rate limits per API key and per address: 429, <c>Retry-After</c> and a GraphQL error with a code.</summary>
public sealed class RateLimitTests(SmallRateLimitsFactory factory) : IClassFixture<SmallRateLimitsFactory>
{
    [Fact]
    public async Task AKeyOverItsLimitIsAnswered429WithRetryAfterAndACodeWhileAnotherKeyRunsOn()
    {
        var (busy, other) = (await factory.CreateKeyAsync(ApiKeyRole.Editor), await factory.CreateKeyAsync(ApiKeyRole.Editor));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(busy)).Status);
        }

        var refused = await SendAsync(busy);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.True(refused.RetryAfter is > 0 and <= 60, $"Retry-After: {refused.RetryAfter}");
        Assert.Equal("RATE_LIMITED", refused.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(other)).Status);
    }

    [Fact]
    public async Task RequestsWithoutAKeyAreLimitedPerAddress()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await SendAsync(null)).Status);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task TheAdminPageAndHealthAreNotLimited()
    {
        using var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        }
    }

    private async Task<(HttpStatusCode Status, int? RetryAfter, JsonElement Body)> SendAsync(string? key)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post,
            new Uri("/graphql", UriKind.Relative)) { Content = JsonContent.Create(new { query = "{ __typename }" }) };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Api-Key", key);
        }

        using var response = await client.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, (int?)response.Headers.RetryAfter?.Delta?.TotalSeconds, body.RootElement.Clone());
    }
}
