using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;
using Hamahang.GraphQL.Validation.Limits;

namespace Hamahang.GraphQL.Tests.Validation.Limits;

/// <summary>The schema the limit tests run against, and assertions that read like the limits.</summary>
internal static class LimitsHarness
{
    public const string Sdl = CostDirectives.Sdl + """

        directive @tag(name: String) repeatable on QUERY | MUTATION | FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT | FRAGMENT_DEFINITION | VARIABLE_DEFINITION

        type Query {
          a: String
          b: String
          self: Query
          node(id: ID!): Node
          nodes(ids: [ID!]!): [Node]!
          lookup(keys: [ID!]): [Book]
          books(first: Int, last: Int): [Book!]! @listSize(slicingArguments: ["first", "last"], requireOneSlicingArgument: false)
          items(first: Int, last: Int): [Book!]! @listSize(slicingArguments: ["first", "last"])
          paged(first: Int = 5): [Book!]! @listSize(slicingArguments: ["first"], requireOneSlicingArgument: false)
          users(first: Int, after: String, last: Int, before: String): UserConnection
            @listSize(assumedSize: 50, slicingArguments: ["first", "last"], sizedFields: ["edges", "nodes"], requireOneSlicingArgument: false)
          pagedUsers(first: Int, last: Int): UserConnection
            @listSize(
              assumedSize: 50, slicingArguments: ["first", "last"], sizedFields: ["edges", "nodes"],
              requireOneSlicingArgument: false, slicingArgumentDefaultValue: 10)
          search(filter: Filter @cost(weight: "3")): [Book!]! @listSize(assumedSize: 10)
          expensive: Int @cost(weight: "20")
          refund: Int @cost(weight: "-5")
          unsized: [Book]
        }

        interface Node { id: ID! }

        type Book implements Node { id: ID! title: String author: Author tags: [String!]! }

        type Author implements Node @cost(weight: "2") { id: ID! name: String books: [Book!]! }

        type UserConnection { edges: [UserEdge!]! nodes: [User!]! totalCount: Int! }

        type UserEdge { cursor: String! node: User! }

        type User { name: String friends(first: Int): [User!]! @listSize(slicingArguments: ["first"], requireOneSlicingArgument: false) }

        input Filter { title: String @cost(weight: "2") and: [Filter!] }
        """;

    public static Schema Schema { get; } = BuildSchema.FromSdl(Sdl);

    /// <summary>Every limit off; tests turn on the one they check.</summary>
    public static RequestLimits None => RequestLimits.None;

    public static RequestLimitsResult Analyze(
        string document,
        RequestLimits? limits = null,
        IReadOnlyDictionary<string, object?>? variables = null,
        string? operationName = null,
        bool computeCost = false,
        Schema? schema = null) =>
        RequestLimitsAnalyzer.Analyze(
            schema ?? Schema,
            Parser.Parse(document, new ParserOptions { MaxTokens = int.MaxValue }),
            operationName,
            variables,
            limits,
            computeCost);

    public static void ExpectValid(string document, RequestLimits limits, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var result = Analyze(document, limits, variables);
        Assert.True(result.IsValid, string.Join("\n", result.Errors.Select(e => e.Message)));
    }

    /// <summary>Expects exactly one error, of <paramref name="code"/>, and returns it.</summary>
    public static GraphQLError ExpectError(string document, RequestLimits limits, string code, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var result = Analyze(document, limits, variables);
        var error = Assert.Single(result.Errors);
        Assert.Equal(code, error.Extensions?["code"]);
        return error;
    }

    /// <summary><paramref name="count"/> copies of <paramref name="item"/>, numbered from 0 where it holds <c>{0}</c>.</summary>
    public static string Repeat(string item, int count, string separator = " ") =>
        string.Join(
            separator,
            Enumerable.Range(0, count)
                .Select(i => item.Replace("{0}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));
}
