using System.Net;
using Hamahang.GraphQL.AspNetCore.Tests.WebSockets;
using Hamahang.GraphQL.Validation.Limits;

namespace Hamahang.GraphQL.AspNetCore.Tests;

/// <summary>
/// The request limits are on by default (<see cref="GraphQLHttpOptions.Limits"/>): a document over one is answered
/// with a coded request error and runs nothing, and the same document runs once the host raises the limit.
/// </summary>
public sealed class RequestLimitsTests
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Expensive = "{ area { subareas { subareas { level } } } }";

    [Fact]
    public async Task ADocumentDeeperThanFifteenIsRefusedByDefaultAndRunsNothing()
    {
        await using var host = await CostTestSchema.StartHostAsync();
        var exchange = await HttpExchange.PostAsync(host.Client, CostTestSchema.Body(CostTestSchema.Nested(16)), GraphQLResponse);
        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Equal("MAX_DEPTH_EXCEEDED", exchange.Code);
        Assert.Equal(16, exchange.Json!["errors"]![0]!["extensions"]!["detectedExecutionDepth"]!.GetValue<int>());
        Assert.Null(exchange.Json["data"]);
        Assert.Equal(0, host.Calls());
    }

    [Fact]
    public async Task ADocumentFifteenDeepRuns()
    {
        await using var host = await CostTestSchema.StartHostAsync();
        var exchange = await HttpExchange.PostAsync(host.Client, CostTestSchema.Body(CostTestSchema.Nested(15)), GraphQLResponse);
        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Null(exchange.Json!["errors"]);
        Assert.Equal(14, host.Calls());
    }

    [Fact]
    public async Task TheDeepDocumentRunsWhenTheHostRaisesTheDepthLimit()
    {
        await using var host = await CostTestSchema.StartHostAsync(new GraphQLHttpOptions { Limits = RequestLimits.Default with { MaxExecutionDepth = 20 } });
        var exchange = await HttpExchange.PostAsync(host.Client, CostTestSchema.Body(CostTestSchema.Nested(16)), GraphQLResponse);
        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Null(exchange.Json!["errors"]);
        Assert.Equal(15, host.Calls());
    }

    [Fact]
    public async Task ADocumentOverTheDefaultCostIsRefusedWithTheStatusOfARequestError()
    {
        await using var host = await CostTestSchema.StartHostAsync();
        Assert.True(host.Cost(Expensive).FieldCost > 1_000);
        var strict = await HttpExchange.PostAsync(host.Client, CostTestSchema.Body(Expensive), GraphQLResponse);
        Assert.Equal(HttpStatusCode.BadRequest, strict.Status);
        Assert.Equal("HC0047", strict.Code);
        Assert.Null(strict.Json!["data"]);
        var legacy = await HttpExchange.PostAsync(host.Client, CostTestSchema.Body(Expensive), "application/json");
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.Equal("HC0047", legacy.Code);
        Assert.Equal(0, host.Calls());
    }

    [Fact]
    public async Task TheExpensiveDocumentRunsWhenTheHostRaisesTheCostLimits()
    {
        var limits = RequestLimits.Default with { MaxFieldCost = 1_000_000, MaxTypeCost = 1_000_000 };
        await using var host = await CostTestSchema.StartHostAsync(new GraphQLHttpOptions { Limits = limits });
        var exchange = await HttpExchange.PostAsync(host.Client, CostTestSchema.Body(Expensive), GraphQLResponse);
        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Null(exchange.Json!["errors"]);
        Assert.Equal(3, host.Calls());
    }

    [Fact]
    public async Task RequestLimitsNoneTurnsEveryLimitOff()
    {
        await using var host = await CostTestSchema.StartHostAsync(new GraphQLHttpOptions { Limits = RequestLimits.None });
        var deep = await HttpExchange.PostAsync(host.Client, CostTestSchema.Body(CostTestSchema.Nested(40)), GraphQLResponse);
        var expensive = await HttpExchange.PostAsync(host.Client, CostTestSchema.Body(Expensive), GraphQLResponse);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (deep.Status, expensive.Status));
    }

    [Fact]
    public async Task MoreThanThirtyAliasesAreRefusedByDefault()
    {
        await using var host = await CostTestSchema.StartHostAsync();
        var document = "{ " + string.Concat(Enumerable.Range(0, 31).Select(i => $"a{i}: __typename ")) + "}";
        var exchange = await HttpExchange.PostAsync(host.Client, CostTestSchema.Body(document), GraphQLResponse);
        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Equal("MAX_ALIASES_EXCEEDED", exchange.Code);
    }

    [Fact]
    public async Task TheLimitsAlsoGuardWebSocketOperations()
    {
        await using var host = await CostTestSchema.StartHostAsync();
        await using var socket = await RawSocket.ConnectAndInitAsync(host);
        await socket.SendAsync($$$"""{"id":"1","type":"subscribe","payload":{"query":"{{{CostTestSchema.Nested(16)}}}"}}""");
        var error = await socket.ReceiveAsync();
        Assert.Equal("error", error?["type"]?.GetValue<string>());
        Assert.Equal("MAX_DEPTH_EXCEEDED", error!["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(0, host.Calls());
    }

    [Fact]
    public async Task GraphQLJsIntrospectionQueryPassesTheDefaultLimits()
    {
        var query = await NodeScript.RunAsync(
            "-e",
            "import('graphql').then(g => process.stdout.write(g.getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: " +
                "true, schemaDescription: true, inputValueDeprecation: true, oneOf: true })))");
        await using var host = await TestHost.StartAsync();
        var exchange = await HttpExchange.PostAsync(host.Client, CostTestSchema.Body(query), GraphQLResponse);
        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Null(exchange.Json!["errors"]);
        Assert.NotNull(exchange.Json["data"]!["__schema"]!["types"]);
    }

    [Fact]
    public async Task FiveHundredDuplicatedFieldsAreOneCodedErrorNotAnAnswer()
    {
        await using var host = await TestHost.StartAsync();
        var query = "{ " + string.Concat(Enumerable.Repeat("__typename ", 500)) + "}";
        var exchange = await HttpExchange.PostAsync(host.Client, CostTestSchema.Body(query), GraphQLResponse);
        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Equal("MAX_FIELD_DUPLICATES_EXCEEDED", exchange.Code);
        Assert.Single(exchange.Json!["errors"]!.AsArray());
        Assert.Null(exchange.Json["data"]);
    }

    [Fact]
    public async Task AFieldWrittenFiveTimesStillRuns()
    {
        await using var host = await TestHost.StartAsync();
        var exchange = await HttpExchange.PostAsync(
            host.Client,
            CostTestSchema.Body("{ __typename __typename __typename __typename __typename }"),
            GraphQLResponse);
        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Null(exchange.Json!["errors"]);
    }

    [Theory]
    [InlineData("{ __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }")]
    [InlineData("query @aa@aa@aa@aa@aa@aa { __typename }")]
    [InlineData("query($v: Int @aa@aa@aa@aa@aa@aa) { __typename }")]
    [InlineData("{ ... @aa@aa@aa@aa@aa@aa { __typename } }")]
    public async Task TenUnknownDirectivesOnOneLocationAreOneLimitErrorBeforeValidation(string query)
    {
        await using var host = await TestHost.StartAsync();
        var exchange = await HttpExchange.PostAsync(host.Client, CostTestSchema.Body(query), GraphQLResponse);
        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Equal("MAX_DIRECTIVES_EXCEEDED", exchange.Code);
        Assert.Single(exchange.Json!["errors"]!.AsArray());
    }

    [Fact]
    public async Task ThousandsOfInvalidFieldsStopAtAHundredErrorsAndTheAbortNotice()
    {
        await using var host = await TestHost.StartAsync(new GraphQLHttpOptions { Limits = RequestLimits.None });
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 3000).Select(i => $"f{i}")) + " }";
        var exchange = await HttpExchange.PostAsync(host.Client, CostTestSchema.Body(query), GraphQLResponse);
        var errors = exchange.Json!["errors"]!.AsArray();
        Assert.Equal(101, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[100]!["message"]!.GetValue<string>());
    }
}
