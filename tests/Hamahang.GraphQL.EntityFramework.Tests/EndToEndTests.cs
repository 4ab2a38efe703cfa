using System.Text.Json;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.GraphQL.EntityFramework.Tests;

/// <summary>The conventions through the executor, as a client sees them: JSON in, JSON out, SQL counted.</summary>
public class EndToEndTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly RequestExecutor Executor = new(TestSchema.Schema);

    [Fact]
    public async Task AConnectionWithNestedListsCostsOneQueryAndOneCount()
    {
        database.Commands.Reset();

        var result = await Execute("""
            {
              products(first: 50, order: [{ quantity: DESC }], where: { active: { eq: true } }) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage }
                edges { cursor node { id name category { name } parts { label } reviews { stars } } }
              }
            }
            """);

        var products = result.GetProperty("data").GetProperty("products");
        Assert.Equal(database.Products.Count(p => p.Active), products.GetProperty("totalCount").GetInt32());
        Assert.True(products.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(50, products.GetProperty("edges").GetArrayLength());
        var first = products.GetProperty("edges")[0].GetProperty("node");
        var seeded = database.Products.Where(p => p.Active).OrderByDescending(p => p.Quantity).ThenBy(p => p.Id).First();
        Assert.Equal(NodeId.Encode("Product", seeded.Id), first.GetProperty("id").GetString());
        Assert.Equal(seeded.Category!.Name, first.GetProperty("category").GetProperty("name").GetString());
        Assert.Equal(seeded.Parts.Count, first.GetProperty("parts").GetArrayLength());
        Assert.InRange(database.Commands.Commands.Count, 2, 3);
    }

    [Fact]
    public async Task TooLargeAPageIsAFieldErrorWithACode()
    {
        var result = await Execute("{ products(first: 51) { nodes { name } } }");

        var error = result.GetProperty("errors")[0];
        Assert.StartsWith("The maximum allowed items per page were exceeded", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("HC0051", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("products").ValueKind);
    }

    [Fact]
    public async Task AnIdFromAConnectionLoadsTheSameNode()
    {
        var page = await Execute("{ products(first: 1, order: [{ name: DESC }]) { nodes { id name } } }");
        var node = page.GetProperty("data").GetProperty("products").GetProperty("nodes")[0];

        var loaded = await Execute(
            "query($id: ID!) { node(id: $id) { __typename id ... on Product { name } } }",
            new() { ["id"] = node.GetProperty("id").GetString() });

        var result = loaded.GetProperty("data").GetProperty("node");
        Assert.Equal("Product", result.GetProperty("__typename").GetString());
        Assert.Equal(node.GetProperty("id").GetString(), result.GetProperty("id").GetString());
        Assert.Equal(node.GetProperty("name").GetString(), result.GetProperty("name").GetString());
    }

    [Fact]
    public async Task AMalformedIdIsAnErrorNotACrash()
    {
        var result = await Execute("{ node(id: \"garbage\") { id } }");

        var error = result.GetProperty("errors")[0];
        Assert.Equal("The id \"garbage\" is not valid.", error.GetProperty("message").GetString());
        Assert.Equal("INVALID_ID", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task FragmentsOfTheRequestShapeTheProjection()
    {
        database.Commands.Reset();

        var result = await Execute("{ products(first: 2) { nodes { ...F } } } fragment F on Product { rating stock }");

        var sql = Assert.Single(database.Commands.Commands);
        Assert.Contains("\"Rating\"", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Note\"", sql, StringComparison.Ordinal);
        var node = result.GetProperty("data").GetProperty("products").GetProperty("nodes")[0];
        Assert.Equal((double)database.Products[0].Stock(), node.GetProperty("stock").GetDouble(), 6);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TheProjectionReadsTheColumnsOfTheFieldsTheExecutorResolves(bool withNote)
    {
        database.Commands.Reset();

        var result = await Execute(
            "query($with: Boolean!) { products(first: 5, order: [{ id: ASC }]) { nodes { ...F note @include(if: $with) } } } fragment F on Product { name }",
            new() { ["with"] = withNote });

        var sql = Assert.Single(database.Commands.Commands);
        Assert.Equal(withNote, sql.Contains("\"Note\"", StringComparison.Ordinal));
        var nodes = result.GetProperty("data").GetProperty("products").GetProperty("nodes");
        var seeded = database.Products.OrderBy(p => p.Id).Take(5).ToList();
        for (var i = 0; i < seeded.Count; i++)
        {
            Assert.Equal(seeded[i].Name, nodes[i].GetProperty("name").GetString());
            Assert.Equal(withNote, nodes[i].TryGetProperty("note", out var note));
            Assert.Equal(withNote ? seeded[i].Note : null, withNote && note.ValueKind == JsonValueKind.String ? note.GetString() : null);
        }
    }

    private async Task<JsonElement> Execute(string query, Dictionary<string, object?>? variables = null)
    {
        using var scope = database.Services.CreateScope();
        var result = await Executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables }, scope.ServiceProvider);
        return JsonDocument.Parse(result.ToJson()).RootElement.Clone();
    }
}
