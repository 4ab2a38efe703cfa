using System.Net;
using System.Text;

namespace Hamahang.GraphQL.AspNetCore.Tests.Http;

/// <summary>
/// What the transport refuses before execution: mutations over GET, requests a cross-site form or link could
/// send (CSRF), bodies over the size limit, and batches unless they are switched on.
/// </summary>
public sealed class RequestSafetyTests
{
    private static readonly (string, string) Preflight = ("GraphQL-Preflight", "1");

    [Fact]
    public async Task AQueryOverGetWithThePreflightHeaderRunsWithUrlEncodedVariables()
    {
        await using var host = await TestHost.StartAsync();
        var query = Uri.EscapeDataString("query($n: String) { hello(name: $n) }");
        var variables = Uri.EscapeDataString("""{"n":"Tajrish"}""");
        var exchange = await HttpExchange.GetAsync(host.Client, $"graphql?query={query}&variables={variables}", "application/graphql-response+json", Preflight);
        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Equal("Hello, Tajrish!", exchange.Json!["data"]!["hello"]!.GetValue<string>());
    }

    [Fact]
    public async Task AGetWithoutThePreflightHeaderIsRefused()
    {
        await using var host = await TestHost.StartAsync();
        var exchange = await HttpExchange.GetAsync(host.Client, "graphql?query=" + Uri.EscapeDataString("{ hello }"));
        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Equal("PREFLIGHT_REQUIRED", exchange.Code);
        Assert.False(exchange.Json!.AsObject().ContainsKey("data"));
    }

    [Fact]
    public async Task AGetCarryingCredentialsInAHeaderNeedsNoPreflightHeader()
    {
        // urql sends queries as GET with Authorization and no GraphQL-Preflight; no other site can send that header.
        await using var host = await TestHost.StartAsync();
        var exchange = await HttpExchange.GetAsync(
            host.Client,
            "graphql?query=" + Uri.EscapeDataString("{ hello }"),
            "application/graphql-response+json",
            ("Authorization", "Bearer x"));
        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Equal("Hello, world!", exchange.Json!["data"]!["hello"]!.GetValue<string>());
    }

    [Fact]
    public async Task AHostNamesItsOwnCredentialHeader()
    {
        await using var host = await TestHost.StartAsync(new GraphQLHttpOptions { PreflightedHeaders = ["X-Api-Key"] });
        var query = "graphql?query=" + Uri.EscapeDataString("{ hello }");
        Assert.Equal(HttpStatusCode.OK, (await HttpExchange.GetAsync(host.Client, query, "application/json", ("X-Api-Key", "k"))).Status);
        Assert.Equal("PREFLIGHT_REQUIRED", (await HttpExchange.GetAsync(host.Client, query, "application/json", ("Authorization", "Bearer x"))).Code);
    }

    [Fact]
    public async Task AMutationOverGetIsA405ThatPointsToPost()
    {
        await using var host = await TestHost.StartAsync();
        var exchange = await HttpExchange.GetAsync(
            host.Client,
            "graphql?query=" + Uri.EscapeDataString("mutation { echo(text: \"x\") }"),
            "application/json",
            Preflight);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, exchange.Status);
        Assert.Equal("METHOD_NOT_ALLOWED", exchange.Code);
        Assert.Equal("POST", string.Join(",", exchange.Response.Content.Headers.Allow));
    }

    [Fact]
    public async Task AMutationOverGetRunsOnlyWhenTheHostAllowsIt()
    {
        await using var host = await TestHost.StartAsync(new GraphQLHttpOptions { AllowGetMutations = true });
        var exchange = await HttpExchange.GetAsync(
            host.Client,
            "graphql?query=" + Uri.EscapeDataString("mutation { echo(text: \"x\") }"),
            "application/json",
            Preflight);
        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Equal("x", exchange.Json!["data"]!["echo"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("text/plain")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task AFormPostWithoutThePreflightHeaderIsRefused(string contentType)
    {
        await using var host = await TestHost.StartAsync();
        var exchange = await HttpExchange.PostAsync(host.Client, "query=" + Uri.EscapeDataString("mutation { echo(text: \"x\") }"), contentType: contentType);
        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Equal("PREFLIGHT_REQUIRED", exchange.Code);
    }

    [Fact]
    public async Task AFormPostWithThePreflightHeaderRuns()
    {
        await using var host = await TestHost.StartAsync();
        var body = "query=" + Uri.EscapeDataString("mutation($t: String!) { echo(text: $t) }") + "&variables=" + Uri.EscapeDataString("""{"t":"form"}""");
        var exchange = await HttpExchange.PostAsync(host.Client, body, contentType: "application/x-www-form-urlencoded", headers: Preflight);
        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Equal("form", exchange.Json!["data"]!["echo"]!.GetValue<string>());
    }

    [Fact]
    public async Task ABodyOverTheLimitIsA413WithRequestTooLarge()
    {
        await using var host = await TestHost.StartAsync(new GraphQLHttpOptions { MaxRequestBodySize = 1_000 });
        var body = "{\"query\":\"{ hello }\",\"extensions\":{\"pad\":\"" + new string('x', 1_000) + "\"}}";
        var exchange = await HttpExchange.PostAsync(host.Client, body, "application/graphql-response+json");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, exchange.Status);
        Assert.Equal("HC0010", exchange.Code);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ABodyUnderTheLimitIsReadToItsLastByteWithOrWithoutALength(bool chunked)
    {
        // 20 000 characters: several times the first buffer of a chunked body, which then grows as it fills.
        await using var host = await TestHost.StartAsync();
        var text = string.Concat(Enumerable.Range(0, 2_000).Select(i => $"{i % 1_000:D3}-part|"));
        var body = "{\"query\":\"mutation($t: String!) { echo(text: $t) }\",\"variables\":{\"t\":\"" + text + "\"}}";
        var content = chunked ? new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body))) : (HttpContent)new StringContent(body);
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = content };
        request.Headers.TransferEncodingChunked = chunked;
        var exchange = await HttpExchange.SendAsync(host.Client, request);
        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Equal(text, exchange.Json!["data"]!["echo"]!.GetValue<string>());
    }

    [Fact]
    public async Task AChunkedBodyOverTheLimitIsRefusedAsItIsRead()
    {
        await using var host = await TestHost.StartAsync(new GraphQLHttpOptions { MaxRequestBodySize = 1_000 });
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"query\":\"{ hello }\",\"pad\":\"" + new string('x', 5_000) + "\"}")));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        var exchange = await HttpExchange.SendAsync(host.Client, request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, exchange.Status);
        Assert.Equal("HC0010", exchange.Code);
    }

    [Fact]
    public async Task ABatchIsRefusedWhenBatchingIsOff()
    {
        await using var host = await TestHost.StartAsync();
        var exchange = await HttpExchange.PostAsync(host.Client, """[{"query":"{ hello }"},{"query":"{ hello }"}]""");
        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Equal("BATCHING_NOT_ALLOWED", exchange.Code);
    }

    [Fact]
    public async Task ABatchIsAnsweredInOrderWhenBatchingIsOn()
    {
        await using var host = await TestHost.StartAsync(new GraphQLHttpOptions { EnableBatching = true, MaxBatchSize = 3 });
        var exchange = await HttpExchange.PostAsync(host.Client, """[{"query":"{ hello }"},{"query":"{ hello(name: \"b\") }"},{"notquery":1}]""");
        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        var results = exchange.Json!.AsArray();
        Assert.Equal(3, results.Count);
        Assert.Equal("Hello, world!", results[0]!["data"]!["hello"]!.GetValue<string>());
        Assert.Equal("Hello, b!", results[1]!["data"]!["hello"]!.GetValue<string>());
        Assert.Equal("HC0013", results[2]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task ABatchOverTheMaximumIsRefused()
    {
        await using var host = await TestHost.StartAsync(new GraphQLHttpOptions { EnableBatching = true, MaxBatchSize = 2 });
        var exchange = await HttpExchange.PostAsync(host.Client, """[{"query":"{ hello }"},{"query":"{ hello }"},{"query":"{ hello }"}]""");
        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Equal("BATCH_TOO_LARGE", exchange.Code);
    }
}
