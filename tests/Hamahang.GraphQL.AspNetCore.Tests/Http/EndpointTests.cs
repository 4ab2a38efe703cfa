using System.Net;
using Hamahang.GraphQL.Error;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.GraphQL.AspNetCore.Tests.Http;

/// <summary>The schema's SDL at the endpoint, and the request interceptor (authentication per request).</summary>
public sealed class EndpointTests
{
    [Theory]
    [InlineData("graphql?sdl")]
    [InlineData("graphql/schema.graphql")]
    public async Task TheSchemaIsServedAsSdl(string path)
    {
        await using var host = await TestHost.StartAsync();
        var exchange = await HttpExchange.GetAsync(host.Client, path);
        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Equal("text/plain; charset=utf-8", exchange.ContentType);
        Assert.Contains("type Query {", exchange.Text, StringComparison.Ordinal);
        Assert.Contains("countdown(from: Int!): Int!", exchange.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SchemaRequestsCanBeSwitchedOff()
    {
        await using var host = await TestHost.StartAsync(new GraphQLHttpOptions { EnableSchemaRequests = false });
        var file = await HttpExchange.GetAsync(host.Client, "graphql/schema.graphql");
        Assert.Equal(HttpStatusCode.NotFound, file.Status);
    }

    [Fact]
    public async Task AnInterceptorPutsTheUserIntoTheContextData()
    {
        await using var host = await TestHost.StartAsync(configure: services => services.AddSingleton<IRequestInterceptor, ApiKeyInterceptor>());
        var exchange = await HttpExchange.PostAsync(host.Client, """{"query":"{ whoami }"}""", headers: ("X-Api-Key", "inspector-7"));
        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Equal("inspector-7", exchange.Json!["data"]!["whoami"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnInterceptorThatRejectsAsNotAuthenticatedAnswers401()
    {
        await using var host = await TestHost.StartAsync(configure: services => services.AddSingleton<IRequestInterceptor, ApiKeyInterceptor>());
        var exchange = await HttpExchange.PostAsync(host.Client, """{"query":"{ whoami }"}""", "application/json");
        Assert.Equal(HttpStatusCode.Unauthorized, exchange.Status);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", exchange.Code);
        Assert.False(exchange.Json!.AsObject().ContainsKey("data"));
    }

    /// <summary>Reads X-Api-Key over HTTP, or <c>apiKey</c> from the WebSocket <c>connection_init</c> payload.</summary>
    internal sealed class ApiKeyInterceptor : IRequestInterceptor
    {
        public ValueTask<GraphQLError?> OnConnectAsync(
            Microsoft.AspNetCore.Http.HttpContext httpContext,
            IReadOnlyDictionary<string, object?>? payload,
            IDictionary<string, object?> connectionData,
            CancellationToken cancellationToken)
        {
            var key = payload?.GetValueOrDefault("apiKey") is System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.String } value
                ? value.GetString()
                : null;
            key ??= httpContext.Request.Headers["X-Api-Key"].FirstOrDefault();
            if (key is null)
            {
                return new(Rejection());
            }

            connectionData["user"] = key;
            return default;
        }

        public ValueTask<GraphQLError?> OnRequestAsync(GraphQLRequestContext context, CancellationToken cancellationToken)
        {
            if (context.IsWebSocket)
            {
                return default;
            }

            if (context.HttpContext.Request.Headers["X-Api-Key"].FirstOrDefault() is not { } key)
            {
                return new(Rejection());
            }

            context.ContextData["user"] = key;
            return default;
        }

        private static GraphQLError Rejection() =>
            new("An API key is required.", extensions: new Dictionary<string, object?> { ["code"] = "AUTH_NOT_AUTHENTICATED" });
    }
}
