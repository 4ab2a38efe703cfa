using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Types;
using Record = System.Collections.Generic.Dictionary<string, object?>;

namespace Hamahang.GraphQL.Tests.Conformance.ExecutionTwin;

/// <summary>
/// The C# twin of corpus/execution/resolvers.mjs, written from the contract in the corpus README:
/// resolvers by field coordinate over <see cref="LibraryState"/>. "throws M" is a <see cref="GraphQLException"/>
/// with message M; "async" settles in a later tick (<see cref="Microtasks"/>).
/// </summary>
public static partial class LibraryResolvers
{
    private static readonly string[] Genres = ["FICTION", "FANTASY", "POETRY", "HISTORY", "SCIENCE"];

    public static Dictionary<string, FieldResolver> All()
    {
        var resolvers = new Dictionary<string, FieldResolver>(StringComparer.Ordinal);
        AddQuery(resolvers);
        AddEchoesAndFailures(resolvers);
        AddMutation(resolvers);
        AddObjects(resolvers);
        return resolvers;
    }

    private static void AddQuery(Dictionary<string, FieldResolver> r)
    {
        r["Query.hello"] = Sync((_, _) => "Hello, library!");
        r["Query.node"] = Sync((c, s) => ById(AllNodes(s), Arg<string>(c, "id")));
        r["Query.nodes"] = Sync((c, s) => Arg<IReadOnlyList<object?>>(c, "ids")!.Select(id => ById(AllNodes(s), (string?)id)).ToList());
        r["Query.entity"] = Sync((c, s) => ById([.. s.Authors, .. s.Members], Arg<string>(c, "id")));
        r["Query.author"] = Sync((c, s) => ById(s.Authors, Arg<string>(c, "id")));
        r["Query.authors"] = Sync((c, s) =>
        {
            var sorted = s.Authors.OrderBy(a => (string)a["name"]!, StringComparer.Ordinal).ToList();
            if (Arg<string>(c, "order") == "DESC")
            {
                sorted.Reverse();
            }

            return sorted;
        });
        r["Query.book"] = Sync((c, s) => FindBook(s, Arg<IReadOnlyDictionary<string, object?>>(c, "ref")!));
        r["Query.booksByRefs"] = Sync((c, s) =>
            Arg<IReadOnlyList<object?>>(c, "refs")!.Select(x => FindBook(s, (IReadOnlyDictionary<string, object?>)x!)).ToList());
        r["Query.books"] = Sync((c, s) =>
        {
            var limit = Arg<int?>(c, "limit");
            if (limit < 0)
            {
                throw new GraphQLException("limit must not be negative");
            }

            return Take(FilterBooks(s.Books, Arg<IReadOnlyDictionary<string, object?>>(c, "filter")), Arg<int?>(c, "offset"), limit);
        });
        r["Query.booksInGenres"] = Sync((c, s) =>
            Arg<IReadOnlyList<object?>>(c, "genres") is { } genres ? s.Books.Where(b => genres.Contains(b["genre"])).ToList() : s.Books);
        r["Query.reviews"] = Sync((c, s) =>
        {
            var minStars = Arg<int?>(c, "minStars");
            return ByStars(s.Reviews.Where(x => minStars is null || (int)x["stars"]! >= minStars), Arg<string>(c, "order"));
        });
        r["Query.members"] = Sync((_, s) => s.Members);
        r["Query.search"] = Sync((c, s) => Search(s, Arg<string>(c, "term")!, Arg<int?>(c, "limit")));
        r["Query.searchAsync"] = Async((c, s) => Search(s, Arg<string>(c, "term")!, null));
        r["Query.stats"] = Sync((_, s) => s);
        r["Query.bigList"] = Sync((c, _) =>
        {
            var count = Arg<int>(c, "count");
            if (count is < 0 or > 5000)
            {
                throw new GraphQLException("count must be between 0 and 5000");
            }

            return Enumerable.Range(0, count).Select(BigBook).ToList();
        });
    }

    /// <summary>The deterministic i-th item of bigList.</summary>
    public static Record BigBook(int i) => LibraryState.Typed(new Record
    {
        ["id"] = $"book-big{i}",
        ["title"] = $"Generated Book {i}",
        ["year"] = 1900 + (i % 120),
        ["genre"] = Genres[i % 5],
        ["rating"] = (i % 9) + 0.5,
        ["isbn"] = i % 3 == 0 ? null : $"isbn-{i}",
        ["isbn10"] = null,
        ["authorId"] = $"author-{(i % 8) + 1}",
        ["summary"] = $"Summary {i}",
        ["tags"] = new List<object?> { $"tag{i % 7}", $"tag{i % 11}" },
        ["chapterPages"] = new List<object?> { new List<object?> { i % 13, (i % 17) + 1 } },
        ["secret"] = $"s{i}",
    });

    private static FieldResolver Sync(Func<IResolverContext, LibraryState, object?> resolve) =>
        context => new ValueTask<object?>(resolve(context, context.Service<LibraryState>()));

    private static FieldResolver Async(Func<IResolverContext, LibraryState, object?> resolve) =>
        context =>
        {
            var state = context.Service<LibraryState>();
            return new ValueTask<object?>(Microtasks.Later(context, () => resolve(context, state)));
        };

    private static T? Arg<T>(IResolverContext context, string name) =>
        context.Arguments.TryGetValue(name, out var value) && value is not null ? (T)value : default;

    private static Record? ById(IEnumerable<Record> records, string? id) => records.FirstOrDefault(x => (string?)x["id"] == id);

    private static IEnumerable<Record> AllNodes(LibraryState s) => [.. s.Authors, .. s.Books, .. s.Reviews, .. s.Members];

    private static List<T> Take<T>(IEnumerable<T> list, int? offset, int? limit)
    {
        var start = Math.Max(0, offset ?? 0);
        var rest = list.Skip(start);
        return (limit is { } l ? rest.Take(Math.Max(0, l)) : rest).ToList();
    }

    private static Record? FindBook(LibraryState s, IReadOnlyDictionary<string, object?> reference)
    {
        if (reference.GetValueOrDefault("id") is string id)
        {
            return ById(s.Books, id);
        }

        if (reference.GetValueOrDefault("isbn") is string isbn)
        {
            return s.Books.FirstOrDefault(b => (string?)b["isbn"] == isbn);
        }

        var title = reference.GetValueOrDefault("title") as string;
        return s.Books.FirstOrDefault(b => (string?)b["title"] == title);
    }

    private static List<Record> ByStars(IEnumerable<Record> reviews, string? order) =>
        order == "DESC" ? reviews.OrderByDescending(x => (int)x["stars"]!).ToList() : reviews.OrderBy(x => (int)x["stars"]!).ToList();

    private static List<Record> Search(LibraryState s, string term, int? limit)
    {
        var t = term.ToLowerInvariant();
        bool Has(Record x, string key) => ((string)x[key]!).ToLowerInvariant().Contains(t, StringComparison.Ordinal);
        var hits = s.Authors.Where(a => Has(a, "name")).Concat(s.Books.Where(b => Has(b, "title"))).Concat(s.Members.Where(m => Has(m, "name")));
        return Take(hits, 0, limit);
    }

    private static List<Record> FilterBooks(List<Record> books, IReadOnlyDictionary<string, object?>? f)
    {
        if (f is null)
        {
            return books;
        }

        var genre = f.GetValueOrDefault("genre");
        var minYear = f.GetValueOrDefault("minYear") as int?;
        var maxYear = f.GetValueOrDefault("maxYear") as int?;
        var titleContains = f.GetValueOrDefault("titleContains") as string;
        var authorIds = f.GetValueOrDefault("authorIds") as IReadOnlyList<object?>;
        var years = f.GetValueOrDefault("years") as IReadOnlyDictionary<string, object?>;
        return books.Where(b =>
        {
            var year = b["year"] as int?;
            return (genre is null || Equals(b["genre"], genre))
                && (minYear is null || (year is not null && year >= minYear))
                && (maxYear is null || (year is not null && year <= maxYear))
                && (titleContains is null || ((string)b["title"]!).Contains(titleContains, StringComparison.Ordinal))
                && (authorIds is null || authorIds.Contains(b["authorId"]))
                && (years is null || (year is not null && year >= (int)years["from"]! && (years.GetValueOrDefault("to") is not int to || year <= to)));
        }).ToList();
    }
}
