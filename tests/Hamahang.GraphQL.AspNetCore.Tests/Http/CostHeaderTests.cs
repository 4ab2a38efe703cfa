using System.Net;
using System.Text.Json.Nodes;
using Hamahang.GraphQL.AspNetCore.Tests.WebSockets;

namespace Hamahang.GraphQL.AspNetCore.Tests.Http;

/// <summary>
/// The <c>GraphQL-Cost</c> request header, as HotChocolate answers it: <c>report</c> runs the operation and adds
/// <c>extensions.operationCost</c>; <c>validate</c> answers the cost without running a resolver; any other value is refused.
/// </summary>
public sealed class CostHeaderTests
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Document = "{ area { level inner { level } subareas { level } } }";

    [Fact]
    public async Task TheReportHeaderAddsTheCostTheAnalyzerComputesToTheExecutedResponse()
    {
        await using var host = await CostTestSchema.StartHostAsync();
        var exchange = await HttpExchange.PostAsync(host.Client, CostTestSchema.Body(Document), GraphQLResponse, headers: ("GraphQL-Cost", "report"));
        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Equal(1, exchange.Json!["data"]!["area"]!["level"]!.GetValue<int>());
        AssertCost(host.Cost(Document), exchange.Json["extensions"]!["operationCost"]!);
        Assert.Equal(3, host.Calls());
    }

    [Fact]
    public async Task TheReportHeaderWorksOverGet()
    {
        await using var host = await CostTestSchema.StartHostAsync();
        var exchange = await HttpExchange.GetAsync(
            host.Client,
            "graphql?query=" + Uri.EscapeDataString(Document),
            GraphQLResponse,
            ("GraphQL-Preflight", "1"),
            ("GraphQL-Cost", "report"));
        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.NotNull(exchange.Json!["data"]!["area"]);
        AssertCost(host.Cost(Document), exchange.Json["extensions"]!["operationCost"]!);
    }

    [Fact]
    public async Task TheValidateHeaderAnswersTheCostWithoutRunningAResolver()
    {
        await using var host = await CostTestSchema.StartHostAsync();
        var exchange = await HttpExchange.PostAsync(host.Client, CostTestSchema.Body(Document), GraphQLResponse, headers: ("GraphQL-Cost", "validate"));
        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Equal(["extensions"], exchange.Json!.AsObject().Select(p => p.Key));
        AssertCost(host.Cost(Document), exchange.Json["extensions"]!["operationCost"]!);
        Assert.Equal(0, host.Calls());
    }

    [Fact]
    public async Task TheValidateHeaderWorksOverGetAndRunsNothing()
    {
        await using var host = await CostTestSchema.StartHostAsync();
        var exchange = await HttpExchange.GetAsync(
            host.Client,
            "graphql?query=" + Uri.EscapeDataString(Document),
            "application/json",
            ("GraphQL-Preflight", "1"),
            ("GraphQL-Cost", "validate"));
        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Null(exchange.Json!["data"]);
        AssertCost(host.Cost(Document), exchange.Json["extensions"]!["operationCost"]!);
        Assert.Equal(0, host.Calls());
    }

    [Fact]
    public async Task TheValidateHeaderOnADocumentOverTheCostLimitAnswersTheErrorAndTheCost()
    {
        const string expensive = "{ area { subareas { subareas { level } } } }";
        await using var host = await CostTestSchema.StartHostAsync();
        var exchange = await HttpExchange.PostAsync(host.Client, CostTestSchema.Body(expensive), GraphQLResponse, headers: ("GraphQL-Cost", "validate"));
        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Equal("HC0047", exchange.Code);
        Assert.Null(exchange.Json!["data"]);
        AssertCost(host.Cost(expensive), exchange.Json["extensions"]!["operationCost"]!);
        Assert.Equal(0, host.Calls());
    }

    [Fact]
    public async Task AnInvalidDocumentGetsItsValidationErrorsAndNoCost()
    {
        await using var host = await CostTestSchema.StartHostAsync();
        var exchange = await HttpExchange.PostAsync(
            host.Client,
            CostTestSchema.Body("{ area { nope } }"),
            GraphQLResponse,
            headers: ("GraphQL-Cost", "validate"));
        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Contains("nope", exchange.Json!["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(exchange.Json["extensions"]);
    }

    [Theory]
    [InlineData("reports")]
    [InlineData("")]
    [InlineData("report, validate")]
    public async Task AnyOtherHeaderValueIsRefusedWithACodeAndRunsNothing(string value)
    {
        await using var host = await CostTestSchema.StartHostAsync();
        var exchange = await HttpExchange.PostAsync(host.Client, CostTestSchema.Body(Document), "application/json", headers: ("GraphQL-Cost", value));
        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Equal("INVALID_COST_HEADER", exchange.Code);
        Assert.Null(exchange.Json!["data"]);
        Assert.Equal(0, host.Calls());
    }

    [Fact]
    public async Task WithoutTheHeaderTheResponseCarriesNoCost()
    {
        await using var host = await CostTestSchema.StartHostAsync();
        var exchange = await HttpExchange.PostAsync(host.Client, CostTestSchema.Body(Document), GraphQLResponse);
        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.NotNull(exchange.Json!["data"]);
        Assert.Null(exchange.Json["extensions"]);
    }

    [Fact]
    public async Task TheHeaderOnAWebSocketUpgradeChangesNothing()
    {
        await using var host = await CostTestSchema.StartHostAsync();
        await using var socket = await RawSocket.ConnectAndInitAsync(host, options => options.SetRequestHeader("GraphQL-Cost", "validate"));
        await socket.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ area { level } }"}}""");
        var next = await socket.ReceiveAsync();
        Assert.Equal("next", next?["type"]?.GetValue<string>());
        Assert.Equal(1, next!["payload"]!["data"]!["area"]!["level"]!.GetValue<int>());
        Assert.Null(next["payload"]!["extensions"]);
        Assert.Equal(1, host.Calls());
    }

    private static void AssertCost(Validation.Limits.CostReport expected, JsonNode actual)
    {
        Assert.True(expected.FieldCost > 0 && expected.TypeCost > 0);
        Assert.Equal(expected.FieldCost, actual["fieldCost"]!.GetValue<double>());
        Assert.Equal(expected.TypeCost, actual["typeCost"]!.GetValue<double>());
        Assert.Equal(["fieldCost", "typeCost"], actual.AsObject().Select(p => p.Key));
    }
}
