using Hamahang.GraphQL.Data;

namespace Hamahang.GraphQL.EntityFramework.Tests;

public class PagingTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    /// <summary>
    /// Orders as a client writes them, with the keys each compares (SQLite: nulls first, text byte-wise, ties by id).
    /// Fields of one object apply in the sort input's field order; list items apply in list order.
    /// </summary>
    private static readonly Dictionary<string, (Func<Product, object?> Key, bool Descending)[]> Orders = new()
    {
        ["{ id: ASC }"] = [(p => p.Id, false)],
        ["{ id: DESC }"] = [(p => p.Id, true)],
        ["{ quantity: ASC }"] = [(p => p.Quantity, false)],
        ["{ quantity: DESC }, { name: ASC }"] = [(p => p.Quantity, true), (p => p.Name, false)],
        ["{ rank: DESC }"] = [(p => p.Rank, true)],
        ["{ rank: ASC }, { note: DESC }"] = [(p => p.Rank, false), (p => p.Note, true)],
        ["{ quantity: DESC }"] = [(p => p.Quantity, true)],
        ["{ active: DESC, quantity: ASC }"] = [(p => p.Quantity, false), (p => p.Active, true)],
        ["{ category: { name: ASC } }, { price: DESC }"] = [(p => p.Category!.Name, false), (p => p.Price, true)],
        ["{ createdAt: DESC }"] = [(p => p.CreatedAt, true)],
        ["{ releasedOn: ASC }"] = [(p => p.ReleasedOn, false)],
        ["{ status: DESC }, { views: ASC }"] = [(p => (int)p.Status, true), (p => p.Views, false)],
        ["{ rating: ASC }"] = [(p => p.Rating, false)],
        ["{ key: DESC }"] = [(p => p.Key, true)],
    };

    public static TheoryData<string> OrderNames() => [.. Orders.Keys];

    [Fact]
    public async Task TheFirstPageHasTenItemsByDefault()
    {
        var connection = await Page("{ products { nodes { id name } pageInfo { hasNextPage } } }");

        Assert.Equal(Enumerable.Range(1, 10), Ids(connection));
        Assert.True(connection.PageInfo.HasNextPage);
        Assert.False(connection.PageInfo.HasPreviousPage);
        Assert.Null(connection.TotalCount);
    }

    [Theory]
    [MemberData(nameof(OrderNames))]
    public async Task ForwardPagesWalkAllRowsInOrder(string order)
    {
        var expected = Expected(order);
        string? after = null;
        for (var page = 0; page < 20; page++)
        {
            var connection = await Page(
                "query($after: String) " +
                    $"{{ products(first: 50, after: $after, order: [{order}]) {{ edges {{ cursor node {{ id }} }} pageInfo {{ hasNextPage }} }} }}",
                new() { ["after"] = after });

            Assert.Equal(expected.Skip(page * 50).Take(50), Ids(connection));
            Assert.Equal(page < 19, connection.PageInfo.HasNextPage);
            Assert.Equal(page > 0, connection.PageInfo.HasPreviousPage);
            Assert.Equal(connection.Edges[^1].Cursor, connection.PageInfo.EndCursor);
            after = connection.PageInfo.EndCursor;
        }
    }

    [Theory]
    [MemberData(nameof(OrderNames))]
    public async Task BackwardPagesWalkAllRowsInOrder(string order)
    {
        var expected = Expected(order);
        string? before = null;
        for (var page = 0; page < 20; page++)
        {
            var connection = await Page(
                "query($before: String) " +
                    $"{{ products(last: 50, before: $before, order: [{order}]) {{ nodes {{ id }} pageInfo {{ hasPreviousPage startCursor }} }} }}",
                new() { ["before"] = before });

            Assert.Equal(expected.Skip(1000 - ((page + 1) * 50)).Take(50), Ids(connection));
            Assert.Equal(page < 19, connection.PageInfo.HasPreviousPage);
            Assert.Equal(page > 0, connection.PageInfo.HasNextPage);
            before = connection.PageInfo.StartCursor;
        }
    }

    [Fact]
    public async Task APageDeepInTheTableIsOneKeysetQuery()
    {
        var first = await Page("{ products(first: 50, order: [{ quantity: ASC }]) { nodes { id } } }");
        database.Commands.Reset();

        await Page(
            "query($after: String) { products(first: 50, after: $after, order: [{ quantity: ASC }]) { nodes { id } } }",
            new() { ["after"] = first.PageInfo.EndCursor });

        var sql = Assert.Single(database.Commands.Commands);
        Assert.DoesNotContain("OFFSET", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("LIMIT", sql, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ACursorChangedByOneCharacterIsRefused()
    {
        var connection = await Page("{ products(first: 3) { nodes { id } } }");
        var cursor = connection.PageInfo.EndCursor!;
        var tampered = cursor[..5] + (cursor[5] == 'A' ? 'B' : 'A') + cursor[6..];

        var error = await Assert.ThrowsAsync<DataException>(() => Page(
            "query($after: String) { products(after: $after) { nodes { id } } }",
            new() { ["after"] = tampered }));

        Assert.Equal("The cursor is not valid.", error.Message);
    }

    [Theory]
    [InlineData("not a cursor")]
    [InlineData("")]
    [InlineData("eyJ9")]
    public async Task AMalformedCursorIsRefused(string cursor)
    {
        var error = await Assert.ThrowsAsync<DataException>(() => Page(
            "query($after: String) { products(after: $after) { nodes { id } } }",
            new() { ["after"] = cursor }));

        Assert.Equal("The cursor is not valid.", error.Message);
    }

    [Fact]
    public async Task ACursorFromAnotherOrderIsRefused()
    {
        var connection = await Page("{ products(first: 3, order: [{ quantity: ASC }]) { nodes { id } } }");

        var error = await Assert.ThrowsAsync<DataException>(() => Page(
            "query($after: String) { products(after: $after, order: [{ quantity: DESC }]) { nodes { id } } }",
            new() { ["after"] = connection.PageInfo.EndCursor }));

        Assert.Equal("The cursor belongs to another order; request the first page again with this order.", error.Message);
    }

    [Theory]
    [InlineData("first: 51")]
    [InlineData("last: 51")]
    public async Task MoreThanFiftyItemsIsAnError(string size)
    {
        var error = await Assert.ThrowsAsync<DataException>(() => Page($"{{ products({size}) {{ nodes {{ id }} }} }}"));

        Assert.StartsWith("The maximum allowed items per page were exceeded", error.Message, StringComparison.Ordinal);
        Assert.Equal("HC0051", error.Code);
    }

    [Fact]
    public async Task TotalCountCountsTheFilteredRowsOnlyWhenSelected()
    {
        database.Commands.Reset();
        var without = await Page("{ products(where: { active: { eq: true } }) { nodes { id } } }");
        Assert.Single(database.Commands.Commands);

        var with = await Page("{ products(where: { active: { eq: true } }) { totalCount } }");

        Assert.Null(without.TotalCount);
        Assert.Equal(database.Products.Count(p => p.Active), with.TotalCount);
        Assert.Equal(3, database.Commands.Commands.Count);
    }

    [Fact]
    public async Task OffsetPagesSkipAndTake()
    {
        var segment = Assert.IsType<CollectionSegment>(await DataHarness.Resolve(
            database,
            "{ productSegments(skip: 40, take: 20, order: [{ quantity: DESC }]) { items { id } pageInfo { hasNextPage } totalCount } }"));

        Assert.Equal(Expected("{ quantity: DESC }").Skip(40).Take(20), segment.Items.Cast<Product>().Select(p => p.Id));
        Assert.True(segment.PageInfo.HasNextPage);
        Assert.True(segment.PageInfo.HasPreviousPage);
        Assert.Equal(1000, segment.TotalCount);
    }

    private List<int> Expected(string order)
    {
        var comparer = Comparer<Product>.Create((a, b) =>
        {
            foreach (var (key, descending) in Orders[order])
            {
                var result = CompareKeys(key(a), key(b));
                if (result != 0)
                {
                    return descending ? -result : result;
                }
            }

            return a.Id.CompareTo(b.Id);
        });
        return [.. database.Products.Order(comparer).Select(p => p.Id)];
    }

    private static int CompareKeys(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (string x, string y) => string.CompareOrdinal(x, y),
        _ => ((IComparable)a).CompareTo(b),
    };

    private async Task<Connection> Page(string document, Dictionary<string, object?>? variables = null) =>
        Assert.IsType<Connection>(await DataHarness.Resolve(database, document, variables));

    private static IEnumerable<int> Ids(Connection connection) => connection.Nodes.Cast<Product>().Select(p => p.Id);
}
