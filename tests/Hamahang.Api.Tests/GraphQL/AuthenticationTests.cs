using System.Net;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.Api.Tests.GraphQL;

public sealed class AuthenticationTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task AnAnonymousCallerGetsNotAuthenticatedForData()
    {
        var response = await factory.PostAsync("{ districts { nodes { number } } }");
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], response.ErrorCodes);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.At("districts").ValueKind);
    }

    [Theory]
    [InlineData("Authorization", "ApiKey ")]
    [InlineData("X-Api-Key", "")]
    public async Task AGetWithAKeyHeaderRunsWithoutThePreflightHeaderAsUrqlSendsIt(string header, string prefix)
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: "Qom Governorate");
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/graphql?query=" + Uri.EscapeDataString("{ district(number: 20) { number } }"),
            UriKind.Relative));
        request.Headers.TryAddWithoutValidation(header, prefix + key);
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"number\":20", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnonymousGetWithoutThePreflightHeaderIsStillRefused()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/graphql?query=" + Uri.EscapeDataString("{ __typename }"), UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("PREFLIGHT_REQUIRED", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnonymousCallerMayAskTypenameAndIntrospectInDevelopment()
    {
        var response = await factory.PostAsync("{ __typename __schema { queryType { name } } }");
        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal("Query", response.At("__typename").GetString());
    }

    [Fact]
    public async Task AWrongKeyIsRefusedWithNotAuthenticated()
    {
        var response = await factory.PostAsync("{ __typename }", "hmh_thisisnotakey");
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], response.ErrorCodes);
    }

    [Fact]
    public async Task TheXApiKeyHeaderAuthenticatesToo()
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative),
            new StringContent("""{"query":"{ me { role } }"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Contains("\"EDITOR\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ApiKeyRole.Admin)]
    [InlineData(ApiKeyRole.Editor)]
    [InlineData(ApiKeyRole.Integrator)]
    public async Task MeAnswersTheKeysRole(ApiKeyRole role)
    {
        var key = await factory.CreateKeyAsync(role);
        var response = await factory.PostAsync("{ me { role keyName keyPrefix organization { name } } }", key);
        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal(role.ToString().ToUpperInvariant(), response.At("me.role").GetString());
        Assert.Equal($"test {role}", response.At("me.keyName").GetString());
        Assert.StartsWith(response.At("me.keyPrefix").GetString()!, key, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeNamesThePartnersOrganization()
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: "استانداری قم");
        var response = await factory.PostAsync("{ me { role organization { name } } }", key);
        Assert.Equal("PARTNER", response.At("me.role").GetString());
        Assert.Equal("استانداری قم", response.At("me.organization.name").GetString());
    }

    [Fact]
    public void EveryQueryFieldIsAuthorizedOrLoadsThroughTheReadPolicy()
    {
        var schema = factory.Services.GetRequiredService<IRequestExecutor>().Schema;
        var open = schema.QueryType!.Fields.Where(f => !f.Metadata.ContainsKey(AuthorizeAttribute.MetadataKey)).Select(f => f.Name).ToList();
        Assert.Equal(["node", "nodes"], open);
    }
}
