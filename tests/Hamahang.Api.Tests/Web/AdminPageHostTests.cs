using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Microsoft.AspNetCore.Hosting;

namespace Hamahang.Api.Tests.Web;

/// <summary>A host that runs only trusted documents, trusting the one document of a folder of its own.</summary>
public sealed class TrustedOnlyHostFactory : HostFactory
{
    public const string DistrictsDocument = "query Districts { districts(first: 3) { nodes { number } } }\n";

    private readonly string _operations = Directory.CreateTempSubdirectory("hamahang-operations-").FullName;

    public TrustedOnlyHostFactory() => File.WriteAllText(Path.Combine(_operations, "Districts.graphql"), DistrictsDocument);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Web:Operations", _operations);
        builder.UseSetting("GraphQL:TrustedDocumentsOnly", "true");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // The factory disposes itself twice (DisposeAsync, then Dispose): the folder may be gone already.
        if (disposing && Directory.Exists(_operations))
        {
            Directory.Delete(_operations, recursive: true);
        }
    }
}

public sealed class AdminPageHostTests(TrustedOnlyHostFactory factory) : IClassFixture<TrustedOnlyHostFactory>
{
    [Fact]
    public async Task ThePageIsServedWithAStrictContentSecurityPolicy()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.CacheControl?.NoCache, "the page is revalidated on every load");
    }

    [Fact]
    public async Task ThePagesDocumentsAreServedAsText()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/operations/Districts.graphql", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TrustedOnlyHostFactory.DistrictsDocument, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ATrustedDocumentSentAsTextRuns()
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var response = await factory.PostAsync(TrustedOnlyHostFactory.DistrictsDocument, key);
        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal(3, response.At("districts.nodes").GetArrayLength());
    }

    [Fact]
    public async Task AnyOtherDocumentIsRefused()
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var response = await factory.PostAsync("query Districts { districts(first: 4) { nodes { number } } }", key);
        Assert.Equal(["HC0067"], response.ErrorCodes);
        Assert.False(response.Body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task ABrowserOpeningGraphQLIsSentToTheQueryConsole()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/graphql", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/#/console", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AGraphQLClientsGetIsStillAnsweredAsGraphQL()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/graphql", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        request.Headers.Add("GraphQL-Preflight", "1");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("HC0013", body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
