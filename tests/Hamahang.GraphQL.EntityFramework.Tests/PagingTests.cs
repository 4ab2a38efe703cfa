using Hamahang.GraphQL.Data;

namespace Hamahang.GraphQL.EntityFramework.Tests;

public class PagingTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task TheFirstPageHasTenItemsByDefault()
    {
        var connection = Assert.IsType<Connection>(await DataHarness.Resolve(database, "{ products { nodes { id name } pageInfo { hasNextPage } } }"));

        Assert.Equal(Enumerable.Range(1, 10), connection.Nodes.Cast<Product>().Select(p => p.Id));
        Assert.True(connection.PageInfo.HasNextPage);
        Assert.False(connection.PageInfo.HasPreviousPage);
        Assert.Null(connection.TotalCount);
    }
}
