using System.Text.Json.Nodes;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Tests.Data.Sorting;

/// <summary>
/// A resolver's own order (<c>OrderByDescending(i =&gt; i.Weight)</c>) is the page's when the client names none, as under
/// HotChocolate, with the primary key breaking ties: the first page, the pages after it by cursor, and an offset page all
/// follow it; an order the client names replaces it; an order by anything but a member stays in the query as written.
/// Every answer is compared with LINQ to objects.
/// </summary>
public class SourceOrderTests
{
    private static readonly Schema Schema = SchemaBuilder.New().AddQueryType<Shelf>().Create();

    private static readonly List<Book> Books =
        [.. Enumerable.Range(1, 23).Select(i => new Book { Id = i, Pages = 100 + (i * 37 % 9 * 10), Title = $"Book {i % 5}" })];

    [Fact]
    public async Task WithoutAnOrderThePagesFollowTheResolversOrderCursorByCursor()
    {
        var expected = Books.OrderByDescending(b => b.Pages).ThenBy(b => b.Title).ThenBy(b => b.Id).Select(b => b.Id).ToList();
        var read = new List<int>();
        string? after = null;
        do
        {
            var arguments = after is null ? "first: 5" : $"first: 5, after: \"{after}\"";
            var page = await PageAsync($"{{ byLength({arguments}) {{ nodes {{ id }} pageInfo {{ hasNextPage endCursor }} }} }}", "byLength");
            read.AddRange(page["nodes"]!.AsArray().Select(n => (int)n!["id"]!));
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string)page["pageInfo"]!["endCursor"]! : null;
        }
        while (after is not null);

        Assert.Equal(expected, read);
    }

    [Fact]
    public async Task AResolverWhoseOrderChangesFromCallToCallIsReadAgainEachTime()
    {
        // The field remembers the last order it read; a different one is read anew, never taken for it.
        foreach (var byTitle in new[] { true, false, false, true })
        {
            var page = await PageAsync($"{{ byChoice(byTitle: {(byTitle ? "true" : "false")}, first: 7) {{ nodes {{ id }} }} }}", "byChoice");
            var expected = byTitle ? Books.OrderBy(b => b.Title).ThenBy(b => b.Id) : Books.OrderByDescending(b => b.Pages).ThenBy(b => b.Id);

            Assert.Equal(expected.Take(7).Select(b => b.Id), page["nodes"]!.AsArray().Select(n => (int)n!["id"]!));
        }
    }

    [Fact]
    public async Task AnOrderTheClientNamesReplacesTheResolvers()
    {
        var page = await PageAsync("{ byLength(first: 6, order: [{ title: ASC }]) { nodes { id } } }", "byLength");

        Assert.Equal(Books.OrderBy(b => b.Title).ThenBy(b => b.Id).Take(6).Select(b => b.Id), page["nodes"]!.AsArray().Select(n => (int)n!["id"]!));
    }

    [Fact]
    public async Task AnOffsetPageFollowsTheResolversOrder()
    {
        var page = await PageAsync("{ byLengthOffset(skip: 4, take: 6) { items { id } } }", "byLengthOffset");

        Assert.Equal(
            Books.OrderByDescending(b => b.Pages).ThenBy(b => b.Id).Skip(4).Take(6).Select(b => b.Id), page["items"]!.AsArray().Select(n => (int)n!["id"]!));
    }

    [Fact]
    public async Task AnOrderByAnythingButAMemberStaysAsTheResolverWroteIt()
    {
        // Not read as keys: the page orders by the primary key, the resolver's ordering only breaking its ties (none).
        var page = await PageAsync("{ byUpperTitle(first: 5) { nodes { id } } }", "byUpperTitle");

        Assert.Equal(Books.OrderBy(b => b.Id).Take(5).Select(b => b.Id), page["nodes"]!.AsArray().Select(n => (int)n!["id"]!));
    }

    private static async Task<JsonNode> PageAsync(string query, string field)
    {
        var result = await new RequestExecutor(Schema).ExecuteAsync(new GraphQLRequest { Query = query });
        var json = JsonNode.Parse(result.ToJson())!;
        Assert.Null(json["errors"]);
        return json["data"]![field]!;
    }

    public sealed class Book
    {
        public int Id { get; set; }

        public int Pages { get; set; }

        public string Title { get; set; } = string.Empty;
    }

    public sealed class Shelf
    {
        [UsePaging]
        [UseSorting]
        public static IQueryable<Book> GetByLength() => Books.AsQueryable().OrderByDescending(b => b.Pages).ThenBy(b => b.Title);

        [UsePaging]
        public static IQueryable<Book> GetByChoice(bool byTitle) =>
            byTitle ? Books.AsQueryable().OrderBy(b => b.Title) : Books.AsQueryable().OrderByDescending(b => b.Pages);

        [UseOffsetPaging]
        public static IQueryable<Book> GetByLengthOffset() => Books.AsQueryable().OrderByDescending(b => b.Pages);

        [UsePaging]
        public static IQueryable<Book> GetByUpperTitle() => Books.AsQueryable().OrderBy(b => b.Title.ToUpperInvariant());
    }
}
