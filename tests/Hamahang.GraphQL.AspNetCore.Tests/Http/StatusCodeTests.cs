using System.Net;

namespace Hamahang.GraphQL.AspNetCore.Tests.Http;

/// <summary>
/// Status codes and media types of GraphQL over HTTP: under application/graphql-response+json a request
/// error (no data) is a 400, under application/json a 200; a field error keeps data and is a 200 under both.
/// See https://graphql.github.io/graphql-over-http/draft/#sec-Status-Codes.
/// </summary>
public sealed class StatusCodeTests : IAsyncLifetime
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(GraphQLResponse, "application/graphql-response+json; charset=utf-8")]
    [InlineData("application/json", "application/json; charset=utf-8")]
    [InlineData(null, "application/json; charset=utf-8")]
    [InlineData("*/*", "application/json; charset=utf-8")]
    [InlineData("application/json, application/graphql-response+json", "application/graphql-response+json; charset=utf-8")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json; charset=utf-8")]
    public async Task AQueryIsAnsweredInTheMediaTypeTheClientAccepts(string? accept, string contentType)
    {
        var exchange = await HttpExchange.PostAsync(_host.Client, """{"query":"{ hello }"}""", accept);
        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Equal(contentType, exchange.ContentType);
        Assert.Equal("Hello, world!", exchange.Json!["data"]!["hello"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnAcceptHeaderNamingNoJsonTypeIsA406()
    {
        var exchange = await HttpExchange.PostAsync(_host.Client, """{"query":"{ hello }"}""", "text/html");
        Assert.Equal(HttpStatusCode.NotAcceptable, exchange.Status);
        Assert.Equal("HC0063", exchange.Code);
    }

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData("application/json")]
    public async Task AnUnparseableBodyIsA400UnderEveryMediaType(string accept)
    {
        var exchange = await HttpExchange.PostAsync(_host.Client, """{ "query": """, accept);
        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Equal("HC0011", exchange.Code);
    }

    [Theory]
    [InlineData("""{"query":"{"}""", HttpStatusCode.BadRequest, HttpStatusCode.OK)]
    [InlineData("""{"query":"{ nope }"}""", HttpStatusCode.BadRequest, HttpStatusCode.OK)]
    [InlineData("""{"query":"query($n: Int!) { hello }","variables":{"n":"x"}}""", HttpStatusCode.BadRequest, HttpStatusCode.OK)]
    public async Task ARequestErrorIsA400UnderGraphQLResponseJsonAndA200UnderJson(string body, HttpStatusCode underGraphQLResponse, HttpStatusCode underJson)
    {
        var strict = await HttpExchange.PostAsync(_host.Client, body, GraphQLResponse);
        var legacy = await HttpExchange.PostAsync(_host.Client, body, "application/json");
        Assert.Equal(underGraphQLResponse, strict.Status);
        Assert.Equal(underJson, legacy.Status);
        Assert.False(strict.Json!.AsObject().ContainsKey("data"));
        Assert.NotEmpty(strict.Json!["errors"]!.AsArray());
        Assert.NotEmpty(legacy.Json!["errors"]!.AsArray());
    }

    [Fact]
    public async Task AFieldErrorKeepsDataAndIsA200()
    {
        var exchange = await HttpExchange.PostAsync(_host.Client, """{"query":"{ hello boom }"}""", GraphQLResponse);
        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Equal("Hello, world!", exchange.Json!["data"]!["hello"]!.GetValue<string>());
        Assert.Equal("BOOM", exchange.Code);
    }

    [Theory]
    [InlineData("""{"query":1}""")]
    [InlineData("""{"query":"{ hello }","variables":"x"}""")]
    [InlineData("""{"query":"{ hello }","extensions":[1]}""")]
    [InlineData("""{"query":"{ hello }","operationName":false}""")]
    [InlineData("""{"qeury":"{ hello }"}""")]
    [InlineData("\"just a string\"")]
    public async Task AParameterOfTheWrongTypeOrAMissingQueryIsA400(string body)
    {
        var exchange = await HttpExchange.PostAsync(_host.Client, body, "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.True(exchange.Code is "HC0009" or "HC0013", exchange.Text);
    }

    [Fact]
    public async Task AnEmptyBodyIsA400()
    {
        var exchange = await HttpExchange.PostAsync(_host.Client, string.Empty);
        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("application/xml")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task APostWithoutAJsonUtf8ContentTypeIsA415(string? contentType)
    {
        var exchange = await HttpExchange.PostAsync(_host.Client, """{"query":"{ hello }"}""", contentType: contentType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, exchange.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", exchange.Code);
    }

    [Fact]
    public async Task AnotherMethodIsA405ThatNamesGetAndPost()
    {
        var exchange = await HttpExchange.SendAsync(_host.Client, new HttpRequestMessage(HttpMethod.Put, "graphql"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, exchange.Status);
        Assert.Equal("GET, POST", exchange.Response.Content.Headers.Allow.Count > 0 ? string.Join(", ", exchange.Response.Content.Headers.Allow) : null);
    }

    [Fact]
    public async Task Utf8TextTravelsBothWays()
    {
        var exchange = await HttpExchange.PostAsync(
            _host.Client,
            """{"query":"{ hello(name: \"منطقه ۲۲ 🏙\") }"}""",
            contentType: "application/json; charset=utf-8");
        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Equal("Hello, منطقه ۲۲ 🏙!", exchange.Json!["data"]!["hello"]!.GetValue<string>());
    }
}
