using System.Text.Json;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.GraphQL.EntityFramework.Tests;

/// <summary>
/// A nested connection (<c>Category.pagedProducts</c>) pages, filters and sorts each parent's list, and reads the pages of
/// every parent in the list with one SQL command (one more for <c>totalCount</c>), however many parents there are.
/// </summary>
public class NestedPagingTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const string Page = "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id quantity active } }";
    private static readonly RequestExecutor Executor = new(TestSchema.Schema);
    private static readonly string TwoCategories =
        $"where: {{ id: {{ in: [\"{NodeId.Encode("Category", 1)}\", \"{NodeId.Encode("Category", 2)}\"] }} }}, order: [{{ id: ASC }}]";

    [Fact]
    public async Task EveryParentsFirstPageIsFilteredSortedAndCountedInOneCommandAndOneCount()
    {
        database.Commands.Reset();

        var categories = await Categories("pagedProducts(first: 3, where: { active: { eq: true } }, order: [{ quantity: DESC }])");

        Assert.Equal(7, categories.GetArrayLength());
        foreach (var category in categories.EnumerateArray())
        {
            var expected = Active(category).OrderByDescending(p => p.Quantity).ThenBy(p => p.Id).ToList();
            var page = category.GetProperty("pagedProducts");
            Assert.Equal(expected.Take(3).Select(p => NodeId.Encode("Product", p.Id)), Ids(page));
            Assert.Equal(expected.Count, page.GetProperty("totalCount").GetInt32());
            Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
            Assert.False(page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        }

        // The categories, every category's page, every category's count.
        Assert.Equal(3, database.Commands.Commands.Count);
        Assert.Contains("ROW_NUMBER() OVER(PARTITION BY", database.Commands.Commands[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNextPageOfTwoParentsAtOnceStartsAfterTheCursor()
    {
        var first = await Categories("pagedProducts(first: 2, order: [{ quantity: ASC }])", TwoCategories);
        var cursor = first[0].GetProperty("pagedProducts").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        database.Commands.Reset();

        var second = await Categories($"pagedProducts(first: 2, after: \"{cursor}\", order: [{{ quantity: ASC }}])", TwoCategories);

        var last = Products(first[0]).OrderBy(p => p.Quantity).ThenBy(p => p.Id).ElementAt(1);
        foreach (var category in second.EnumerateArray())
        {
            var expected = Products(category).OrderBy(p => p.Quantity).ThenBy(p => p.Id)
                .Where(p => p.Quantity > last.Quantity || (p.Quantity == last.Quantity && p.Id > last.Id)).Take(2);
            var page = category.GetProperty("pagedProducts");
            Assert.Equal(expected.Select(p => NodeId.Encode("Product", p.Id)), Ids(page));
            Assert.True(page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        }

        Assert.Equal(Products(first[0]).OrderBy(p => p.Quantity).ThenBy(p => p.Id).Skip(2).Take(2).Select(p => NodeId.Encode("Product", p.Id)),
            Ids(second[0].GetProperty("pagedProducts")));
        Assert.Equal(3, database.Commands.Commands.Count);
    }

    [Fact]
    public async Task TheLastItemsOfEachParentComeInTheOrdersDirection()
    {
        var categories = await Categories("pagedProducts(last: 2, order: [{ name: ASC }])");

        foreach (var category in categories.EnumerateArray())
        {
            var expected = Products(category).OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id).TakeLast(2);
            var page = category.GetProperty("pagedProducts");
            Assert.Equal(expected.Select(p => NodeId.Encode("Product", p.Id)), Ids(page));
            Assert.True(page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            Assert.False(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        }
    }

    [Fact]
    public async Task TwoAliasesWithDifferentArgumentsAreTwoBatches()
    {
        database.Commands.Reset();

        var result = await Execute("""
            { categories { id
              a: pagedProducts(first: 1, order: [{ quantity: DESC }]) { nodes { quantity } }
              b: pagedProducts(first: 1, order: [{ quantity: ASC }]) { nodes { quantity } } } }
            """);

        foreach (var category in result.GetProperty("data").GetProperty("categories").EnumerateArray())
        {
            Assert.Equal(Products(category).Max(p => p.Quantity), category.GetProperty("a").GetProperty("nodes")[0].GetProperty("quantity").GetInt32());
            Assert.Equal(Products(category).Min(p => p.Quantity), category.GetProperty("b").GetProperty("nodes")[0].GetProperty("quantity").GetInt32());
        }

        Assert.Equal(3, database.Commands.Commands.Count);
    }

    [Fact]
    public async Task ABadCursorOrTooLargeAPageIsAFieldErrorWithACode()
    {
        var result = await Execute("{ categories { pagedProducts(first: 2, after: \"nonsense\") { nodes { id } } } }");
        Assert.Equal("HC0078", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        result = await Execute("{ categories { pagedProducts(first: 51) { nodes { id } } } }");
        Assert.Equal("HC0051", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private IEnumerable<Product> Products(JsonElement category) =>
        database.Products.Where(p => NodeId.Encode("Category", p.CategoryId) == category.GetProperty("id").GetString());

    private IEnumerable<Product> Active(JsonElement category) => Products(category).Where(p => p.Active);

    private static List<string?> Ids(JsonElement page) =>
        page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()).ToList();

    private async Task<JsonElement> Categories(string field, string arguments = "order: [{ id: ASC }]")
    {
        var result = await Execute($"{{ categories({arguments}) {{ id {field} {{ {Page} }} }} }}");
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data").GetProperty("categories");
    }

    private async Task<JsonElement> Execute(string query)
    {
        using var scope = database.Services.CreateScope();
        var result = await Executor.ExecuteAsync(new GraphQLRequest { Query = query }, scope.ServiceProvider);
        return JsonDocument.Parse(result.ToJson()).RootElement.Clone();
    }
}
