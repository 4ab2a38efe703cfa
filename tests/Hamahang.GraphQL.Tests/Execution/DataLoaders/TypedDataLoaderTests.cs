using System.Text.Json.Nodes;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Execution.DataLoaders;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Tests.Execution.DataLoaders;

/// <summary>
/// DataLoaders as GreenDonut's: a class per batch, made from the request's services, found by its type (one per request),
/// given to a resolver as a parameter; a branch per argument value keeps its own batch.
/// </summary>
public class TypedDataLoaderTests
{
    private static readonly Schema Schema = SchemaBuilder.New().AddType(typeof(LibraryQueries)).AddType(typeof(BookExtensions)).Create();

    [Fact]
    public async Task TwoResolversTakingTheSameLoaderTypeShareOneBatch()
    {
        var library = new Library();

        var data = await Execute("{ a: book(id: 1) { title shout } b: book(id: 2) { title } }", library);

        Assert.Equal("Book 1", data["a"]!["title"]!.GetValue<string>());
        Assert.Equal("BOOK 1", data["a"]!["shout"]!.GetValue<string>());
        Assert.Equal("Book 2", data["b"]!["title"]!.GetValue<string>());
        Assert.Equal(["titles: 1, 2"], library.Batches);
        Assert.Equal(1, library.TitleLoadersMade);
    }

    [Fact]
    public async Task EachRequestGetsItsOwnLoader()
    {
        var library = new Library();

        await Execute("{ book(id: 1) { title } }", library);
        await Execute("{ book(id: 1) { title } }", library);

        Assert.Equal(2, library.TitleLoadersMade);
        Assert.Equal(["titles: 1", "titles: 1"], library.Batches);
    }

    [Fact]
    public async Task ALoaderTheRequestsServicesHoldIsTheOneResolversGet()
    {
        var library = new Library();
        library.Registered = new TitlesDataLoader(library);

        await Execute("{ a: book(id: 1) { title } b: book(id: 2) { shout } }", library);

        Assert.Equal(1, library.TitleLoadersMade);
        Assert.Equal(1, library.Registered.BatchCount);
    }

    [Fact]
    public async Task ABranchPerArgumentValueKeepsItsOwnBatch()
    {
        var library = new Library();

        var data = await Execute(
            "{ a: book(id: 1) { long: words(length: 5) short: words(length: 2) again: words(length: 5) } b: book(id: 2) { words(length: 2) } }", library);

        Assert.Equal(["apple", "grape"], data["a"]!["long"]!.AsArray().Select(w => w!.GetValue<string>()));
        Assert.Equal(["an"], data["a"]!["short"]!.AsArray().Select(w => w!.GetValue<string>()));
        Assert.Equal(["apple", "grape"], data["a"]!["again"]!.AsArray().Select(w => w!.GetValue<string>()));
        Assert.Equal(["be", "ox"], data["b"]!["words"]!.AsArray().Select(w => w!.GetValue<string>()));
        Assert.Equal(["words of 2: 1, 2", "words of 5: 1"], library.Batches.Order());
    }

    [Fact]
    public async Task ALoaderWhoseServiceIsMissingFailsItsFieldWithTheReason()
    {
        var executor = new RequestExecutor(Schema, new ExecutionOptions { IncludeExceptionDetails = true });
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ book(id: 1) { title } }" });

        var error = Assert.Single(result.Errors);
        Assert.Contains($"needs a {typeof(Library)} service", error.Message, StringComparison.Ordinal);
    }

    private static async Task<JsonNode> Execute(string query, Library library)
    {
        var result = await new RequestExecutor(Schema).ExecuteAsync(new GraphQLRequest { Query = query }, library);
        Assert.Empty(result.Errors);
        return JsonNode.Parse(result.ToJson())!["data"]!;
    }

    public sealed record Book(int Id);

    /// <summary>The request's services: the library itself, which records what the loaders do.</summary>
    public sealed class Library : IServiceProvider
    {
        private static readonly Dictionary<int, string[]> Words = new() { [1] = ["an", "apple", "grape"], [2] = ["be", "ox"] };

        public List<string> Batches { get; } = [];

        public int TitleLoadersMade { get; set; }

        /// <summary>A loader the services hold, as <c>AddDataLoader</c> registers one.</summary>
        public TitlesDataLoader? Registered { get; set; }

        public object? GetService(Type serviceType) =>
            serviceType == typeof(Library) ? this : serviceType == typeof(TitlesDataLoader) ? Registered : null;

        public static ILookup<int, string> WordsOf(IReadOnlyList<int> books, int length) =>
            books.SelectMany(b => Words[b].Where(w => w.Length == length).Select(w => (Book: b, Word: w))).ToLookup(p => p.Book, p => p.Word);
    }

    public sealed class TitlesDataLoader : BatchDataLoader<int, string>
    {
        private readonly Library _library;

        public TitlesDataLoader(Library library)
        {
            _library = library;
            library.TitleLoadersMade++;
        }

        protected override ValueTask<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            _library.Batches.Add("titles: " + string.Join(", ", keys));
            return new(keys.ToDictionary(k => k, k => $"Book {k}"));
        }
    }

    /// <summary>The words of each book of one length: a branch per length, as GreenDonut branches a loader by its arguments.</summary>
    public sealed class WordsDataLoader(Library library, int length = 0) : GroupedDataLoader<int, string>
    {
        public WordsDataLoader OfLength(int wanted) =>
            Branch(wanted.ToString(System.Globalization.CultureInfo.InvariantCulture), _ => new WordsDataLoader(library, wanted));

        protected override ValueTask<ILookup<int, string>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            library.Batches.Add($"words of {length}: " + string.Join(", ", keys));
            return new(Library.WordsOf(keys, length));
        }
    }

    [QueryType]
    public static class LibraryQueries
    {
        public static Book GetBook(int id) => new(id);
    }

    [ExtendObjectType(typeof(Book))]
    public static class BookExtensions
    {
        public static Task<string?> GetTitle([Parent] Book book, TitlesDataLoader titles) => titles.LoadAsync(book.Id);

        public static async Task<string?> GetShout([Parent] Book book, TitlesDataLoader titles) => (await titles.LoadAsync(book.Id))?.ToUpperInvariant();

        public static Task<string[]> GetWords([Parent] Book book, WordsDataLoader words, int length) => words.OfLength(length).LoadAsync(book.Id);
    }
}
