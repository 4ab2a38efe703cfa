using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Hamahang.GraphQL.AspNetCore.Tests.Http;

/// <summary>
/// Strings JSON allows but Unicode does not (a lone UTF-16 surrogate escape), and bytes that are not UTF-8,
/// in every request parameter, POST and GET: a GraphQL error with a code, never a 500.
/// </summary>
public sealed class MalformedStringTests
{
    private static readonly (string, string) Preflight = ("GraphQL-Preflight", "1");

    [Fact]
    public async Task ALoneSurrogateInTheDocumentsStringIsTheSyntaxErrorGraphqlJsReports()
    {
        await using var host = await TestHost.StartAsync();
        var exchange = await HttpExchange.PostAsync(host.Client, """{"query":"{ hello(name: \"Run\ud83c\") }"}""", "application/json");
        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Equal("Syntax Error: Invalid character within String: U+D83C.", exchange.Json!["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task ALoneSurrogateInTheDocumentOverGetIsTheSameSyntaxError()
    {
        await using var host = await TestHost.StartAsync();
        // Percent-encoded UTF-8 cannot carry a lone surrogate; ASP.NET decodes the bytes to U+FFFD, a valid character.
        var exchange = await HttpExchange.GetAsync(host.Client, "graphql?query=%7B%20hello(name%3A%20%22R%ED%A0%BC%22)%20%7D", "application/json", Preflight);
        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.False(exchange.Text.Contains("INTERNAL_SERVER_ERROR", StringComparison.Ordinal), exchange.Text);
    }

    [Theory]
    [InlineData("""{"query":"query($n: String) { hello(name: $n) }","variables":{"n":"a\ud83c"}}""", "variables")]
    [InlineData("""{"query":"query($n: String) { hello(name: $n) }","variables":{"n":["\udc00"]}}""", "variables")]
    [InlineData("""{"query":"query($n: String) { hello(name: $n) }","variables":{"\ud83c":"x"}}""", "variables")]
    [InlineData("""{"query":"{ hello }","operationName":"A\ud83c"}""", "operationName")]
    [InlineData("""{"query":"{ hello }","extensions":{"a":"\ud83c"}}""", "extensions")]
    [InlineData("""{"documentId":"\ud83c"}""", "documentId")]
    public async Task ALoneSurrogateInAnyOtherParameterIsAnInvalidRequestNamingIt(string body, string parameter)
    {
        await using var host = await TestHost.StartAsync();
        var exchange = await HttpExchange.PostAsync(host.Client, body, "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Equal("HC0009", exchange.Code);
        Assert.Contains(
            $"\"{parameter}\" parameter holds a lone UTF-16 surrogate",
            exchange.Json!["errors"]![0]!["message"]!.GetValue<string>(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALoneSurrogateInVariablesOverGetIsAnInvalidRequest()
    {
        await using var host = await TestHost.StartAsync();
        var query = Uri.EscapeDataString("query($n: String) { hello(name: $n) }");
        var variables = Uri.EscapeDataString("""{"n":"\ud83c"}""");
        var exchange = await HttpExchange.GetAsync(host.Client, $"graphql?query={query}&variables={variables}", "application/json", Preflight);
        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Equal("HC0009", exchange.Code);
    }

    [Theory]
    [InlineData("query")]
    [InlineData("operationName")]
    [InlineData("variables")]
    public async Task InvalidUtf8InABodyIsAnInvalidRequest(string parameter)
    {
        await using var host = await TestHost.StartAsync();
        var body = parameter switch
        {
            "query" => "{\"query\":\"{ hello(name: \\\"R\u0001\\\") }\"}",
            "operationName" => "{\"query\":\"{ hello }\",\"operationName\":\"A\u0001\"}",
            _ => "{\"query\":\"query($n: String) { hello(name: $n) }\",\"variables\":{\"n\":\"\u0001\"}}",
        };
        var bytes = Encoding.UTF8.GetBytes(body);
        bytes[Array.IndexOf(bytes, (byte)1)] = 0xFF;
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        var exchange = await HttpExchange.SendAsync(host.Client, request, "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Equal("HC0009", exchange.Code);
        Assert.Equal("The request body is not valid UTF-8.", exchange.Json!["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task APairedSurrogateEscapeIsAnOrdinaryCharacter()
    {
        await using var host = await TestHost.StartAsync();
        var exchange = await HttpExchange.PostAsync(
            host.Client,
            """{"query":"query($n: String) { hello(name: $n) }","variables":{"n":"\ud83c\udf0d"}}""",
            "application/json");
        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Equal("Hello, \U0001F30D!", exchange.Json!["data"]!["hello"]!.GetValue<string>());
    }
}
