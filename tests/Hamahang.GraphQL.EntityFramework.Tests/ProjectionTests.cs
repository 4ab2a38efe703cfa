using Hamahang.GraphQL.Data;

namespace Hamahang.GraphQL.EntityFramework.Tests;

public class ProjectionTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const string FiftyWithTwoListsAndAParent = """
        {
          products(first: 50, order: [{ id: ASC }]) {
            nodes { id name category { name } parts { label weight } reviews { stars } }
            totalCount
          }
        }
        """;

    [Fact]
    public async Task FiftyItemsWithTwoNestedListsAndAParentCostAtMostOneCommandPerListLevelAndOneCount()
    {
        database.Commands.Reset();

        var connection = (Connection)(await DataHarness.Resolve(database, FiftyWithTwoListsAndAParent))!;

        Assert.Equal(50, connection.Nodes.Count);
        Assert.InRange(database.Commands.Commands.Count, 1, 3);
        var products = connection.Nodes.Cast<Product>().ToList();
        foreach (var product in products)
        {
            var seeded = database.Products[product.Id - 1];
            Assert.Equal(seeded.Category!.Name, product.Category!.Name);
            Assert.Equal(seeded.Parts.Select(p => (p.Label, p.Weight)).Order(), product.Parts.Select(p => (p.Label, p.Weight)).Order());
            Assert.Equal(seeded.Reviews.Select(r => r.Stars).Order(), product.Reviews.Select(r => r.Stars).Order());
        }
    }

    // A projection without nested lists is made once per shape of selection (LoaderProjection): each shape reads its own
    // columns, whichever was asked first, and asking one shape again reads the same columns as the first time.
    [Theory]
    [InlineData("name", "note")]
    [InlineData("name note", "name")]
    public async Task EachShapeOfSelectionReadsItsOwnColumnsWhateverWasAskedBefore(string first, string second)
    {
        foreach (var fields in new[] { first, second, first })
        {
            database.Commands.Reset();
            var connection = (Connection)(await DataHarness.Resolve(database, $"{{ products(first: 3) {{ nodes {{ {fields} }} }} }}"))!;

            var sql = Assert.Single(database.Commands.Commands);
            Assert.Equal(fields.Contains("note", StringComparison.Ordinal), sql.Contains("\"Note\"", StringComparison.Ordinal));
            Assert.Equal(fields.Contains("name", StringComparison.Ordinal), sql.Contains("\"Name\"", StringComparison.Ordinal));
            var product = (Product)connection.Nodes[0]!;
            Assert.Equal(fields.Contains("name", StringComparison.Ordinal) ? database.Products[0].Name : string.Empty, product.Name);
        }
    }

    [Fact]
    public async Task OnlyTheSelectedColumnsAreRead()
    {
        database.Commands.Reset();

        var connection = (Connection)(await DataHarness.Resolve(database, "{ products(first: 5) { nodes { name category { name } } } }"))!;

        var sql = Assert.Single(database.Commands.Commands);
        Assert.DoesNotContain("\"Views\"", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Note\"", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Rating\"", sql, StringComparison.Ordinal);
        var product = (Product)connection.Nodes[0]!;
        Assert.Equal(database.Products[0].Name, product.Name);
        Assert.Null(product.Note);
        Assert.Equal(0, product.Views);
    }

    [Fact]
    public async Task KeysAndMembersThatFieldsNeedAreReadThoughNotSelected()
    {
        var connection = (Connection)(await DataHarness.Resolve(database, "{ products(first: 5) { nodes { stock } } }"))!;

        foreach (var product in connection.Nodes.Cast<Product>())
        {
            var seeded = database.Products[product.Id - 1];
            Assert.Equal(seeded.Stock(), product.Stock());
            Assert.Equal(seeded.CategoryId, product.CategoryId);
        }
    }

    [Fact]
    public async Task FilteringAndSortingOfANestedListHappenInsideTheProjection()
    {
        database.Commands.Reset();

        var connection = (Connection)(await DataHarness.Resolve(
            database,
            "{ products(first: 50) { nodes { id parts(where: { weight: { gt: 10 } }, order: [{ weight: DESC }]) { weight } } } }"))!;

        Assert.Single(database.Commands.Commands);
        foreach (var product in connection.Nodes.Cast<Product>())
        {
            var expected = database.Products[product.Id - 1].Parts.Where(p => p.Weight > 10).Select(p => p.Weight).OrderDescending();
            Assert.Equal(expected, product.Parts.Select(p => p.Weight));
        }
    }

    [Fact]
    public async Task FragmentsAndSkipAreFollowed()
    {
        database.Commands.Reset();

        await DataHarness.Resolve(
            database,
            "query($skip: Boolean) { products(first: 5) { nodes { ...P note @skip(if: $skip) } } } fragment P on Product { rating }",
            new() { ["skip"] = true });

        var sql = Assert.Single(database.Commands.Commands);
        Assert.Contains("\"Rating\"", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Note\"", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AListWithoutPagingIsProjectedFilteredAndSorted()
    {
        var categories = Assert.IsType<List<Category>>(await DataHarness.Resolve(
            database,
            "{ categories(where: { name: { startsWith: \"Category \" } }, order: [{ name: DESC }]) { name } }"));

        Assert.Equal(database.Products.Select(p => p.Category!.Name).Distinct().OrderDescending(StringComparer.Ordinal), categories.Select(c => c.Name));
        Assert.All(categories, c => Assert.NotEqual(0, c.Id));
    }

    [Fact]
    public async Task AReferenceSelectedUnderTwoAliasesIsLoadedWithBothSelections()
    {
        var connection = (Connection)(await DataHarness.Resolve(database, "{ products(first: 5) { nodes { a: category { id } b: category { name } } } }"))!;

        foreach (var product in connection.Nodes.Cast<Product>())
        {
            var seeded = database.Products[product.Id - 1];
            Assert.Equal(seeded.Category!.Id, product.Category!.Id);
            Assert.Equal(seeded.Category.Name, product.Category.Name);
        }
    }

    [Fact]
    public async Task TwoAliasesOfOneReferenceMayReuseAChildsResponseNameForDifferentFields()
    {
        var connection = (Connection)(await DataHarness.Resolve(
            database,
            "{ products(first: 5) { nodes { a: category { x: id } b: category { x: name } } } }"))!;

        foreach (var product in connection.Nodes.Cast<Product>())
        {
            Assert.Equal(database.Products[product.Id - 1].Category!.Name, product.Category!.Name);
        }
    }

    [Fact]
    public async Task AListSelectedUnderTwoAliasesWithTheSameArgumentsHoldsBothSelections()
    {
        var connection = (Connection)(await DataHarness.Resolve(database, "{ products(first: 5) { nodes { a: parts { label } b: parts { weight } } } }"))!;

        foreach (var product in connection.Nodes.Cast<Product>())
        {
            var seeded = database.Products[product.Id - 1];
            Assert.Equal(seeded.Parts.Select(p => (p.Label, p.Weight)).Order(), product.Parts.Select(p => (p.Label, p.Weight)).Order());
        }
    }

    [Fact]
    public async Task AListSelectedUnderTwoAliasesWithDifferentArgumentsIsRefusedNotAnsweredFromOne()
    {
        var error = await Assert.ThrowsAsync<DataException>(() => DataHarness.Resolve(
            database,
            "{ products(first: 5) { nodes { a: parts(where: { weight: { gt: 10 } }) { label } b: parts(where: { weight: { lt: 10 } }) { label } } } }"));

        Assert.Contains("several aliases with different arguments", error.Message, StringComparison.Ordinal);
    }
}
