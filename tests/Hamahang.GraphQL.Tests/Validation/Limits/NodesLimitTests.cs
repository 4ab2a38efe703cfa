using System.Text.Json;
using Hamahang.GraphQL.Validation.Limits;
using static Hamahang.GraphQL.Tests.Validation.Limits.LimitsHarness;

namespace Hamahang.GraphQL.Tests.Validation.Limits;

public class NodesLimitTests
{
    private static readonly RequestLimits Nodes50 = None with { MaxNodesIds = 50 };

    private static string Ids(int count) => "[" + Repeat("\"id{0}\"", count, ", ") + "]";

    private static Dictionary<string, object?> IdsVariable(int count) => new() { ["ids"] = Enumerable.Range(0, count).Select(i => (object?)$"id{i}").ToList() };

    [Fact]
    public void TheDefaultIsFiftyIdsOfQueryNodes()
    {
        Assert.Equal(50, RequestLimits.Default.MaxNodesIds);
        Assert.Equal(["Query.nodes(ids:)"], RequestLimits.Default.NodesArguments);
    }

    [Fact]
    public void FiftyIdsInAListLiteralAreAccepted() => ExpectValid("{ nodes(ids: " + Ids(50) + ") { id } }", Nodes50);

    [Fact]
    public void FiftyOneIdsInAListLiteralAreRejectedAtTheField()
    {
        var error = ExpectError("{ a\n nodes(ids: " + Ids(51) + ") { id } }", Nodes50, LimitErrorCodes.MaxNodesExceeded);
        Assert.Equal(
            "The maximum number of nodes that can be fetched at once is 50. This selection tried to fetch 51 nodes that exceeded the maximum allowed amount.",
            error.Message);
        Assert.Equal(50, error.Extensions!["allowedNodes"]);
        Assert.Equal(51L, error.Extensions!["detectedNodes"]);
        Assert.Equal((2, 2), (error.Locations![0].Line, error.Locations[0].Column));
    }

    [Fact]
    public void AVariablesListIsCounted()
    {
        const string document = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }";
        ExpectValid(document, Nodes50, IdsVariable(50));
        ExpectError(document, Nodes50, LimitErrorCodes.MaxNodesExceeded, IdsVariable(51));
    }

    [Fact]
    public void AVariablesJsonArrayIsCounted()
    {
        const string document = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }";
        using var fifty = JsonDocument.Parse(JsonSerializer.Serialize(Enumerable.Range(0, 50).Select(i => $"id{i}")));
        using var fiftyOne = JsonDocument.Parse(JsonSerializer.Serialize(Enumerable.Range(0, 51).Select(i => $"id{i}")));
        ExpectValid(document, Nodes50, new Dictionary<string, object?> { ["ids"] = fifty.RootElement });
        ExpectError(document, Nodes50, LimitErrorCodes.MaxNodesExceeded, new Dictionary<string, object?> { ["ids"] = fiftyOne.RootElement });
    }

    [Fact]
    public void AVariablesDefaultValueIsCountedWhenTheRequestOmitsIt()
    {
        ExpectValid("query($ids: [ID!]! = " + Ids(50) + ") { nodes(ids: $ids) { id } }", Nodes50);
        ExpectError("query($ids: [ID!]! = " + Ids(51) + ") { nodes(ids: $ids) { id } }", Nodes50, LimitErrorCodes.MaxNodesExceeded);
    }

    [Fact]
    public void EachSelectionIsLimitedOnItsOwn() =>
        ExpectValid("{ x: nodes(ids: " + Ids(50) + ") { id } y: nodes(ids: " + Ids(50) + ") { id } }", Nodes50);

    [Fact]
    public void ASelectionInsideAFragmentIsFound() =>
        ExpectError("{ ...F } fragment F on Query { self { nodes(ids: " + Ids(51) + ") { id } } }", Nodes50, LimitErrorCodes.MaxNodesExceeded);

    [Fact]
    public void OtherArgumentsCanBeLimitedByCoordinate()
    {
        var limits = Nodes50 with { NodesArguments = ["Query.lookup(keys:)"] };
        ExpectValid("{ lookup(keys: " + Ids(50) + ") { id } nodes(ids: " + Ids(51) + ") { id } }", limits);
        ExpectError("{ lookup(keys: " + Ids(51) + ") { id } }", limits, LimitErrorCodes.MaxNodesExceeded);
    }

    [Fact]
    public void AFieldCanBeLimitedByItsMetadata()
    {
        var schema = Hamahang.GraphQL.Utilities.BuildSchema.FromSdl(Sdl);
        schema.QueryType!.GetField("lookup")!.Metadata[RequestLimits.NodesArgumentMetadataKey] = "keys";
        var result = Analyze("{ lookup(keys: " + Ids(51) + ") { id } }", Nodes50, schema: schema);
        Assert.Equal(LimitErrorCodes.MaxNodesExceeded, Assert.Single(result.Errors).Extensions!["code"]);
    }

    [Fact]
    public void AnInvalidCoordinateIsRefused() =>
        Assert.Throws<ArgumentException>(() => Analyze("{ a }", Nodes50 with { NodesArguments = ["Query.nodes"] }));
}
