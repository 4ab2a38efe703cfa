using System.Text.Json;
using Hamahang.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.GraphQL.EntityFramework.Tests;

public class DataLoaderTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly RequestExecutor Executor = new(TestSchema.Schema);

    [Fact]
    public async Task ChildrenOfEveryParentAreLoadedInOneQuery()
    {
        database.Commands.Reset();

        var result = await Execute("{ categories { id name products { name } } }");

        var categories = result.GetProperty("data").GetProperty("categories");
        Assert.Equal(7, categories.GetArrayLength());
        foreach (var category in categories.EnumerateArray())
        {
            var name = category.GetProperty("name").GetString();
            Assert.Equal(database.Products.Count(p => p.Category!.Name == name), category.GetProperty("products").GetArrayLength());
        }

        Assert.Equal(2, database.Commands.Commands.Count);
    }

    [Fact]
    public async Task AParentPerItemIsLoadedInOneQueryWithTheProjectedForeignKey()
    {
        database.Commands.Reset();

        var result = await Execute("{ products(first: 50) { nodes { name categoryByLoader { name } } } }");

        var nodes = result.GetProperty("data").GetProperty("products").GetProperty("nodes");
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(database.Products[i].Category!.Name, nodes[i].GetProperty("categoryByLoader").GetProperty("name").GetString());
        }

        Assert.Equal(2, database.Commands.Commands.Count);
    }

    private async Task<JsonElement> Execute(string query)
    {
        using var scope = database.Services.CreateScope();
        var result = await Executor.ExecuteAsync(new GraphQLRequest { Query = query }, scope.ServiceProvider);
        return JsonDocument.Parse(result.ToJson()).RootElement.Clone();
    }
}
