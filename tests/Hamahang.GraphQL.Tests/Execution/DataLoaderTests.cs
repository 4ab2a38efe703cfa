using System.Text.Json.Nodes;
using Hamahang.GraphQL.Execution;

namespace Hamahang.GraphQL.Tests.Execution;

public class DataLoaderTests
{
    [Fact]
    public async Task FiftyChildrenAskingForTheirParentCauseOneBatchedLoad()
    {
        var test = new ExecutionTestSchema();
        var result = await new RequestExecutor(test.Schema).ExecuteAsync(new GraphQLRequest { Query = "{ children(count: 50) { id parent { id } } }" });

        Assert.Empty(result.Errors);
        var batch = Assert.Single(test.ParentBatches);
        Assert.Equal(["p0", "p1", "p2", "p3", "p4"], batch);
        var children = JsonNode.Parse(result.ToJson())!["data"]!["children"]!.AsArray();
        Assert.Equal(50, children.Count);
        Assert.Equal("p2", children[47]!["parent"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task EachListLevelCostsOneBatchWithGroupLoaders()
    {
        var test = new ExecutionTestSchema();
        var result = await new RequestExecutor(test.Schema).ExecuteAsync(new GraphQLRequest
        {
            Query = "{ children(count: 50) { parent { id children { id parent { id } } } } }",
        });

        Assert.Empty(result.Errors);
        Assert.Single(test.ChildrenBatches);
        Assert.Single(test.ParentBatches);
        var siblings = JsonNode.Parse(result.ToJson())!["data"]!["children"]![3]!["parent"]!["children"]!.AsArray();
        Assert.Equal([3, 8, 13, 18], siblings.Select(s => s!["id"]!.GetValue<int>()));
    }
}
