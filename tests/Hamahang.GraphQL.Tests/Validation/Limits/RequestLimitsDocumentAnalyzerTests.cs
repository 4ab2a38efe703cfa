using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Validation.Limits;

namespace Hamahang.GraphQL.Tests.Validation.Limits;

/// <summary>The limits as a stage of the request pipeline: <see cref="RequestLimitsDocumentAnalyzer"/> in <see cref="ExecutionOptions.Analyzers"/>.</summary>
public class RequestLimitsDocumentAnalyzerTests
{
    private static RequestExecutor Executor(RequestLimits limits) =>
        new(LimitsHarness.Schema, new ExecutionOptions { Analyzers = [new RequestLimitsDocumentAnalyzer(limits)] });

    [Fact]
    public async Task AnOperationOverALimitEndsTheRequestWithTheLimitsError()
    {
        var result = await Executor(RequestLimits.None with { MaxAliases = 1 }).ExecuteAsync(new GraphQLRequest { Query = "{ x: a y: a }" });
        Assert.False(result.HasData);
        Assert.Equal(LimitErrorCodes.MaxAliasesExceeded, Assert.Single(result.Errors).Extensions?["code"]);
    }

    [Fact]
    public async Task OnlyTheSelectedOperationIsChecked()
    {
        const string document = "query Small { a } query Large { x: a y: a }";
        var executor = Executor(RequestLimits.None with { MaxAliases = 1 });
        Assert.True((await executor.ExecuteAsync(new GraphQLRequest { Query = document, OperationName = "Small" })).HasData);
        Assert.False((await executor.ExecuteAsync(new GraphQLRequest { Query = document, OperationName = "Large" })).HasData);
    }

    [Fact]
    public async Task TheRequestsVariablesCount()
    {
        var request = new GraphQLRequest
        {
            Query = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            Variables = new Dictionary<string, object?> { ["ids"] = new List<object?> { "1", "2", "3" } },
        };
        var result = await Executor(RequestLimits.None with { MaxNodesIds = 2 }).ExecuteAsync(request);
        Assert.Equal(LimitErrorCodes.MaxNodesExceeded, Assert.Single(result.Errors).Extensions?["code"]);
    }

    [Fact]
    public async Task AReportRequestReceivesTheCostAndTheOperationRuns()
    {
        const string document = "{ books(first: 3) { title author { name } } }";
        var cost = new CostReportRequest(CostReportMode.Report);
        var result = await Executor(RequestLimits.None).ExecuteAsync(Request(document, cost));
        Assert.True(result.HasData);
        Assert.Equal(LimitsHarness.Analyze(document, computeCost: true).Cost, cost.Cost);
        Assert.NotNull(cost.Cost);
    }

    [Fact]
    public async Task AValidateRequestReceivesTheCostAndNothingRuns()
    {
        var cost = new CostReportRequest(CostReportMode.Validate);
        var result = await Executor(RequestLimits.Default).ExecuteAsync(Request("{ expensive }", cost));
        Assert.False(result.HasData);
        Assert.Empty(result.Errors);
        Assert.Equal(20, cost.Cost?.FieldCost);
    }

    [Fact]
    public async Task AValidateRequestOverALimitGetsTheErrorAndTheCost()
    {
        var cost = new CostReportRequest(CostReportMode.Validate);
        var result = await Executor(RequestLimits.None with { MaxFieldCost = 10 }).ExecuteAsync(Request("{ expensive }", cost));
        Assert.Equal(LimitErrorCodes.CostExceeded, Assert.Single(result.Errors).Extensions?["code"]);
        Assert.Equal(20, cost.Cost?.FieldCost);
    }

    [Fact]
    public async Task ADocumentThatPassedOnceIsStillCheckedPerOperationAndAFailingOneIsRefusedEveryTime()
    {
        // The checks that passed are remembered per operation, so the document's other operation is refused each time.
        const string document = "query Small { a } query Large { x: a y: a } query Repeats { a a a a a a }";
        var executor = Executor(RequestLimits.None with { MaxAliases = 1, MaxFieldDuplicates = 5 });
        for (var round = 0; round < 3; round++)
        {
            Assert.True((await executor.ExecuteAsync(new GraphQLRequest { Query = document, OperationName = "Small" })).HasData);
            var large = await executor.ExecuteAsync(new GraphQLRequest { Query = document, OperationName = "Large" });
            Assert.Equal(LimitErrorCodes.MaxAliasesExceeded, Assert.Single(large.Errors).Extensions?["code"]);
            var repeats = await executor.ExecuteAsync(new GraphQLRequest { Query = document, OperationName = "Repeats" });
            Assert.Equal(LimitErrorCodes.MaxFieldDuplicatesExceeded, Assert.Single(repeats.Errors).Extensions?["code"]);
        }
    }

    [Fact]
    public async Task AnOperationWithVariablesIsMeasuredWithEveryRequestsValues()
    {
        const string document = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }";
        var executor = Executor(RequestLimits.None with { MaxNodesIds = 2 });
        GraphQLRequest WithIds(int count) => new()
        {
            Query = document,
            Variables = new Dictionary<string, object?> { ["ids"] = Enumerable.Range(1, count).Select(i => (object?)$"{i}").ToList() },
        };

        // Executed (the harness resolves nothing, so the field's own error comes back with data), refused, executed.
        Assert.True((await executor.ExecuteAsync(WithIds(2))).HasData);
        Assert.Equal(LimitErrorCodes.MaxNodesExceeded, Assert.Single((await executor.ExecuteAsync(WithIds(3))).Errors).Extensions?["code"]);
        Assert.True((await executor.ExecuteAsync(WithIds(1))).HasData);
    }

    [Fact]
    public async Task ACostReportAfterThePlainRequestsOfTheSameDocumentStillReceivesTheCost()
    {
        const string document = "{ books(first: 3) { title author { name } } }";
        var executor = Executor(RequestLimits.None);
        Assert.True((await executor.ExecuteAsync(new GraphQLRequest { Query = document })).HasData);
        Assert.True((await executor.ExecuteAsync(new GraphQLRequest { Query = document })).HasData);
        var cost = new CostReportRequest(CostReportMode.Report);
        Assert.True((await executor.ExecuteAsync(Request(document, cost))).HasData);
        Assert.Equal(LimitsHarness.Analyze(document, computeCost: true).Cost, cost.Cost);
    }

    private static GraphQLRequest Request(string document, CostReportRequest cost) => new()
    {
        Query = document,
        ContextData = new Dictionary<string, object?> { [CostReportRequest.ContextDataKey] = cost },
    };
}
