using System.Text.Json;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Execution.Values;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.Bench.Execution;

/// <summary>
/// The execution benchmark's schema, data and workloads: corpus/execution's schema.graphql and data.json
/// with the resolvers the three workloads reach (README of the corpus: Query.author, Author.books,
/// Query.bigList, Book.author), and the same three operations as <c>node execution.mjs --bench</c>.
/// The workloads only read, so one state serves every iteration, as in the node script.
/// </summary>
internal static class LibraryWorkloads
{
    private static readonly string[] Genres = ["FICTION", "FANTASY", "POETRY", "HISTORY", "SCIENCE"];

    public const string Small = """
        query Small($id: ID!) {
          author(id: $id) { id name born books(limit: 3) { id title year genre rating } }
        }
        """;

    public const string BigList = """
        query BigList($count: Int!) {
          bigList(count: $count) {
            id title year genre rating isbn tags chapterPages
            author { id name country }
          }
        }
        """;

    public static string CorpusFile(string name) => Path.Combine(Paths.Repository, "tests", "conformance", "corpus", "execution", name);

    public static Schema CreateSchema()
    {
        using var data = JsonDocument.Parse(File.ReadAllText(CorpusFile("data.json")));
        var authors = Records(data.RootElement, "authors");
        var books = Records(data.RootElement, "books");
        var authorsById = authors.ToDictionary(a => (string)a["id"]!);
        var resolvers = new Dictionary<string, FieldResolver>
        {
            ["Query.author"] = c => new(authorsById.GetValueOrDefault((string)c.Arguments["id"]!)),
            ["Author.books"] = c =>
            {
                var author = (Dictionary<string, object?>)c.Parent!;
                var genre = c.Arguments.GetValueOrDefault("genre");
                var limit = c.Arguments.GetValueOrDefault("limit") as int?;
                var mine = books.Where(b => Equals(b["authorId"], author["id"]) && (genre is null || Equals(b["genre"], genre)));
                return new((limit is { } l ? mine.Take(Math.Max(0, l)) : mine).ToList());
            },
            ["Query.bigList"] = c =>
            {
                var count = (int)c.Arguments["count"]!;
                if (count is < 0 or > 5000)
                {
                    throw new GraphQLException("count must be between 0 and 5000");
                }

                var list = new List<object?>(count);
                for (var i = 0; i < count; i++)
                {
                    list.Add(Generate(i));
                }

                return new(list);
            },
            ["Book.author"] = c => new(authorsById.GetValueOrDefault(((BigBook)c.Parent!).AuthorId)),
        };
        return BuildSchema.FromSdl(File.ReadAllText(CorpusFile("schema.graphql")), new BuildSchemaOptions { Resolvers = resolvers });
    }

    /// <summary>getIntrospectionQuery with every option on, as graphql-js 17.1.0 prints it (read from node once).</summary>
    public static string IntrospectionQuery() =>
        NodeRunner.Run("-e",
            "import('graphql').then(g => process.stdout.write(g.getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: " +
            "true, schemaDescription: true, inputValueDeprecation: true, oneOf: true })))");

    private static BigBook Generate(int i) => new(
        $"book-big{i}",
        $"Generated Book {i}",
        1900 + (i % 120),
        Genres[i % 5],
        (i % 9) + 0.5,
        i % 3 == 0 ? null : $"isbn-{i}",
        $"author-{(i % 8) + 1}",
        $"Summary {i}",
        [$"tag{i % 7}", $"tag{i % 11}"],
        [[i % 13, (i % 17) + 1]]);

    private static List<Dictionary<string, object?>> Records(JsonElement root, string name) =>
        root.GetProperty(name).EnumerateArray().Select(JsonValues.ToMap).ToList();
}

/// <summary>An item of bigList (the corpus README's generated book), read by the default resolver's compiled getters.</summary>
internal sealed record BigBook(string Id, string Title, int Year, string Genre, double Rating, string? Isbn, string AuthorId, string Summary, string[] Tags,
    int[][] ChapterPages);
