using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Types;
using Record = System.Collections.Generic.Dictionary<string, object?>;

namespace Hamahang.GraphQL.Tests.Conformance.ExecutionTwin;

/// <content>Echo and failing query fields, the Mutation root, and the object types' fields.</content>
public static partial class LibraryResolvers
{
    private static void AddEchoesAndFailures(Dictionary<string, FieldResolver> r)
    {
        foreach (var name in new[] { "echoInt", "echoFloat", "echoString", "echoBoolean", "echoId", "echoGenre" })
        {
            r["Query." + name] = Sync((c, _) => c.Arguments.GetValueOrDefault("value"));
        }

        foreach (var name in new[] { "echoList", "echoStrictList", "echoMatrix" })
        {
            r["Query." + name] = Sync((c, _) => c.Arguments.GetValueOrDefault("values"));
        }

        r["Query.echoFilter"] = Sync((c, _) => Json(c, "filter"));
        r["Query.echoRef"] = Sync((c, _) => Json(c, "ref"));
        r["Query.echoReview"] = Sync((c, _) => Json(c, "input"));
        r["Query.echoDefaults"] = Sync((c, _) => JsJson.Stringify(c.Arguments));
        r["Query.fail"] = Sync((_, _) => throw new GraphQLException("Query.fail always fails"));
        r["Query.failAsync"] = Async((_, _) => throw new GraphQLException("Query.failAsync always fails"));
        r["Query.failNonNull"] = Sync((_, _) => throw new GraphQLException("Query.failNonNull always fails"));
        r["Query.nullNonNull"] = Sync((_, _) => null);
        r["Query.asyncNonNull"] = Async((_, _) => "async ok");
        r["Query.check"] = Sync((c, _) =>
        {
            var value = Arg<int>(c, "value");
            return value < 0 ? throw new GraphQLException($"Negative value: {value}") : value;
        });
        foreach (var name in new[] { "intsWithNull", "strictInts", "strictIntsRequired" })
        {
            r["Query." + name] = Sync((_, _) => new List<object?> { 1, null, 3 });
        }

        foreach (var name in new[] { "matrix", "strictMatrix" })
        {
            r["Query." + name] = Sync((_, _) => new List<object?> { new List<object?> { 1, 2 }, new List<object?> { 3, null }, new List<object?> { 5 } });
        }

        r["Query.asyncList"] = Sync((c, _) => new List<object?>
        {
            Microtasks.Later(c, () => 1),
            2,
            Microtasks.Later(c, () => throw new GraphQLException("Item 2 failed")),
        });
        r["Query.asyncStrictList"] = Async((c, _) => new List<object?> { 1, Microtasks.Later(c, () => null), 3 });
    }

    private static void AddMutation(Dictionary<string, FieldResolver> r)
    {
        r["Mutation.increment"] = Sync((c, s) => s.Counter += Arg<int?>(c, "by") ?? 0);
        r["Mutation.incrementAsync"] = Async((c, s) => s.Counter += Arg<int?>(c, "by") ?? 0);
        r["Mutation.appendLog"] = Sync((c, s) =>
        {
            s.Log.Add($"{s.Log.Count + 1}:{Arg<string>(c, "entry")}:{s.Counter}");
            return s.Log.ToList();
        });
        r["Mutation.failAfterIncrement"] = Sync((_, s) =>
        {
            s.Counter += 1;
            throw new GraphQLException($"Failed after increment to {s.Counter}");
        });
        r["Mutation.failNonNull"] = Sync((_, _) => throw new GraphQLException("Mutation.failNonNull always fails"));
        r["Mutation.addReview"] = Sync((c, s) =>
        {
            var input = Arg<IReadOnlyDictionary<string, object?>>(c, "input")!;
            var bookId = (string)input["bookId"]!;
            var stars = (int)input["stars"]!;
            if (ById(s.Books, bookId) is null)
            {
                throw new GraphQLException($"No book with id {bookId}");
            }

            if (stars is < 1 or > 5)
            {
                throw new GraphQLException($"Stars must be between 1 and 5, got {stars}");
            }

            var review = LibraryState.Typed(new Record
            {
                ["id"] = $"review-{s.Reviews.Count + 1}",
                ["bookId"] = bookId,
                ["memberId"] = null,
                ["stars"] = stars,
                ["body"] = input.GetValueOrDefault("body"),
                ["highlights"] = input.GetValueOrDefault("highlights") ?? new List<object?>(),
            });
            s.Reviews.Add(review);
            return review;
        });
        r["Mutation.renameAuthor"] = Sync((c, s) =>
        {
            var author = ById(s.Authors, Arg<string>(c, "id"));
            if (author is not null)
            {
                author["name"] = Arg<string>(c, "name");
            }

            return author;
        });
        r["Mutation.rateBook"] = Sync((c, s) =>
        {
            var book = FindBook(s, Arg<IReadOnlyDictionary<string, object?>>(c, "ref")!);
            if (book is not null)
            {
                book["rating"] = c.Arguments["rating"];
            }

            return book;
        });
        r["Mutation.stats"] = Sync((_, s) => s);
    }

    private static void AddObjects(Dictionary<string, FieldResolver> r)
    {
        r["Author.books"] = Sync((c, s) =>
        {
            var author = Parent(c);
            var genre = Arg<string>(c, "genre");
            return Take(s.Books.Where(b => Equals(b["authorId"], author["id"]) && (genre is null || Equals(b["genre"], genre))), 0, Arg<int?>(c, "limit"));
        });
        r["Author.asyncBooks"] = Async((c, s) => s.Books.Where(b => Equals(b["authorId"], Parent(c)["id"])).ToList());
        r["Author.bookCount"] = Sync((c, s) => s.Books.Count(b => Equals(b["authorId"], Parent(c)["id"])));
        r["Book.author"] = Sync((c, s) => ById(s.Authors, (string?)Parent(c)["authorId"]));
        r["Book.writer"] = Sync((c, s) => ById(s.Authors, (string?)Parent(c)["authorId"]));
        r["Book.reviews"] = Sync((c, s) =>
        {
            var minStars = Arg<int?>(c, "minStars");
            var id = Parent(c)["id"];
            return ByStars(s.Reviews.Where(x => Equals(x["bookId"], id) && (minStars is null || (int)x["stars"]! >= minStars)), Arg<string>(c, "order"));
        });
        r["Book.asyncRating"] = Async((c, _) => Parent(c)["rating"]);
        r["Book.secret"] = Sync((c, _) => throw new GraphQLException($"Book {Parent(c)["id"]} is classified"));
        r["Book.asyncSecret"] = Async((c, _) => throw new GraphQLException($"Book {Parent(c)["id"]} is classified (async)"));
        r["Review.asyncBody"] = Async((c, _) => Parent(c)["body"]);
        r["Review.book"] = Sync((c, s) => ById(s.Books, (string?)Parent(c)["bookId"]));
        r["Review.reviewer"] = Sync((c, s) => Parent(c)["memberId"] is string memberId ? ById(s.Members, memberId) : null);
        r["Member.friends"] = Sync((c, s) =>
            Parent(c).GetValueOrDefault("friendIds") is List<object?> ids ? ids.Select(id => ById(s.Members, (string?)id)).ToList() : null);
        r["Member.reviews"] = Sync((c, s) => s.Reviews.Where(x => Equals(x["memberId"], Parent(c)["id"])).ToList());
        r["Stats.log"] = Sync((_, s) => s.Log.ToList());
        r["Stats.reviewCount"] = Sync((_, s) => s.Reviews.Count);
    }

    private static Record Parent(IResolverContext context) => (Record)context.Parent!;

    private static string? Json(IResolverContext context, string name) =>
        context.Arguments.TryGetValue(name, out var value) ? JsJson.Stringify(value) : null;
}
