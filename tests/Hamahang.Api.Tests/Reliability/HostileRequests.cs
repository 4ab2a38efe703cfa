using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Hamahang.Api.Tests.Reliability;

/// <summary>One hostile request: how to build it, and the refusal it must get (status, code, how many errors).</summary>
internal sealed record HostileRequest(string Name, Func<HttpRequestMessage> Build, HttpStatusCode Status, string Code, int Errors = 1, bool Production = false)
{
    /// <summary>A further check of the answer's text, or null.</summary>
    public Func<string, bool>? Check { get; init; }
}

/// <summary>The "hostile GraphQL" list of issue 18 (graphql-cop's checks and the rest), as requests to the host.</summary>
internal static class HostileRequests
{
    private const string ResponseMediaType = "application/graphql-response+json";

    private static readonly string DeepIntrospection =
        "{ __schema { types { fields { type { " + string.Concat(Enumerable.Repeat("ofType { ", 14)) + "name" + new string('}', 14) + " } } } } }";

    /// <summary>Every meeting's lists, from as many aliased connections of 50 as the alias limit lets through.</summary>
    private static readonly string CostBomb = "query($n: Int) { " + string.Concat(Enumerable.Range(0, 20).Select(i =>
        $"m{i}: meetings(first: $n) " +
            $"{{ nodes {{ decisions {{ nodes {{ owners {{ name }} workingGroups {{ members {{ organization {{ name }} }} }} }} }} " +
            "attendees { person { fullName } } } } ")) + "}";

    /// <summary>
    /// A nesting that costs without a deep selection: a filter's 120 <c>or</c> branches under a page of 50 (whose
    /// nested connection is priced by its page, as HotChocolate prices it with <c>@listSize</c>).
    /// </summary>
    private static readonly string NestedCostBomb =
        "{ meetings(first: 50, where: { or: [" + string.Concat(Enumerable.Range(0, 120).Select(i => $"{{ title: {{ contains: \"{i}\" }} }} "))
            + "] }) { nodes { title decisions { nodes { text } } } } }";

    public static IReadOnlyList<HostileRequest> All { get; } =
    [
        new("alias overloading",
            () => Post(Query("{ " + string.Concat(Enumerable.Range(0, 100).Select(i => $"a{i}: districts(first: 50) {{ totalCount }} ")) + "}")),
            HttpStatusCode.BadRequest, "MAX_ALIASES_EXCEEDED"),
        new("array batch", () => Post("[" + string.Join(',', Enumerable.Repeat(Query("{ districts(first: 50) { totalCount } }"), 100)) + "]"),
            HttpStatusCode.BadRequest, "BATCHING_NOT_ALLOWED"),
        new("field duplication", () => Post(Query("{ " + string.Concat(Enumerable.Repeat("__typename ", 500)) + "}")), HttpStatusCode.BadRequest,
            "MAX_FIELD_DUPLICATES_EXCEEDED"),
        new("directive overloading (unknown)", () => Post(Query("{ __typename " + string.Concat(Enumerable.Repeat("@aa", 10)) + " }")),
            HttpStatusCode.BadRequest, "MAX_DIRECTIVES_EXCEEDED"),
        new("directive overloading (known)", () => Post(Query("{ __typename " + string.Concat(Enumerable.Repeat("@include(if: true)", 1_000)) + " }")),
            HttpStatusCode.BadRequest, "MAX_DIRECTIVES_EXCEEDED"),
        new("circular fragments", () => Post(Query("{ ...A } fragment A on Query { __typename ...B } fragment B on Query { ...A }")), HttpStatusCode.BadRequest,
            "GRAPHQL_VALIDATION_FAILED"),
        new("deep introspection", () => Post(Query(DeepIntrospection)), HttpStatusCode.BadRequest, "MAX_DEPTH_EXCEEDED"),
        new("deep introspection in Production", () => Post(Query(DeepIntrospection)), HttpStatusCode.BadRequest, "MAX_DEPTH_EXCEEDED", Production: true),
        new("introspection in Production", () => Post(Query("{ __schema { types { name } } }")), HttpStatusCode.BadRequest, "HC0046", Production: true),
        new("did you mean, in Production", () => Post(Query("{ districs { totalCount } }")), HttpStatusCode.BadRequest, "GRAPHQL_VALIDATION_FAILED",
            Production: true)
        {
            Check = text => !text.Contains("Did you mean", StringComparison.Ordinal),
        },
        new("did you mean an argument, in Production", () => Post(Query("{ districts(frist: 1) { totalCount } }")), HttpStatusCode.BadRequest,
            "GRAPHQL_VALIDATION_FAILED", Production: true)
        {
            Check = text => !text.Contains("Did you mean", StringComparison.Ordinal),
        },
        new("unknown operation", () => Post(Query("query A { __typename }", operationName: "B")), HttpStatusCode.BadRequest, "OPERATION_RESOLUTION_FAILURE"),
        new("SQL as operation name", () => Post(Query("query A { __typename } query B { __typename }", operationName: "' OR 1=1; --")),
            HttpStatusCode.BadRequest, "OPERATION_RESOLUTION_FAILURE", Production: true),
        new("two anonymous operations", () => Post(Query("{ __typename } { __typename }")), HttpStatusCode.BadRequest, "GRAPHQL_VALIDATION_FAILED", Errors: 2),
        new("operation name not a string", () => Post("""{"query":"{ __typename }","operationName":{"$ne":null}}"""), HttpStatusCode.BadRequest, "HC0009"),
        new("mutation over GET", () => Get("mutation { cancelMeeting(input: { id: \"TWVldGluZzox\", reason: \"x\" }) { __typename } }"),
            HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED"),
        new("form-encoded POST (CSRF)", () => Form("application/x-www-form-urlencoded", "query=" + Uri.EscapeDataString("{ __typename }")),
            HttpStatusCode.BadRequest, "PREFLIGHT_REQUIRED"),
        new("text/plain POST (CSRF)", () => Form("text/plain", Query("{ __typename }")), HttpStatusCode.BadRequest, "PREFLIGHT_REQUIRED"),
        new("GET without preflight (CSRF)", () => Get("{ __typename }", preflight: false), HttpStatusCode.BadRequest, "PREFLIGHT_REQUIRED"),
        new("40 KB of {", () => Post(Query(new string('{', 40 * 1024))), HttpStatusCode.BadRequest, "HC0014"),
        new("10 MB string in the document", () => Post(Query("{ markdownPreview(markdown: \"" + new string('x', 10 * 1024 * 1024) + "\") }")),
            HttpStatusCode.RequestEntityTooLarge, "HC0010"),
        new("10 MB string in a variable",
            () => Post(Query("query($m: String!) { markdownPreview(markdown: $m) }", variables: new { m = new string('x', 10 * 1024 * 1024) })),
            HttpStatusCode.RequestEntityTooLarge, "HC0010"),
        new("100 000 tokens", () => Post(Query("{ " + string.Concat(Enumerable.Range(0, 100_000).Select(i => "a ")) + "}")), HttpStatusCode.BadRequest,
            "HC0014"),
        new("cost bomb through variables", () => Post(Query(CostBomb, variables: new { n = 50 })), HttpStatusCode.BadRequest, "HC0047"),
        new("page size through variables", () => Post(Query("query($n: Int) { meetings(first: $n) { nodes { title } } }", variables: new { n = 1_000_000 })),
            HttpStatusCode.BadRequest, "HC0047"),
        new("cost bomb through a nested filter", () => Post(Query(NestedCostBomb)), HttpStatusCode.BadRequest, "HC0047"),
        new("every limit at once",
            () =>
            Post(Query("{ " + string.Concat(Enumerable.Range(0, 100).Select(i => $"a{i}: __typename @aa@aa@aa@aa@aa@aa ")) + DeepIntrospection[1..^1] + " }")),
            HttpStatusCode.BadRequest, "MAX_DIRECTIVES_EXCEEDED"),
        new("150 unknown fields (validation stops at 100)", () => Post(Query("{ " + string.Concat(Enumerable.Range(0, 150).Select(i => $"f{i} ")) + "}")),
            HttpStatusCode.BadRequest, "GRAPHQL_VALIDATION_FAILED", Errors: 101)
        {
            Check = text => text.Contains("Too many validation errors, error limit reached. Validation aborted.", StringComparison.Ordinal),
        },
    ];

    private static string Query(string query, string? operationName = null, object? variables = null) =>
        JsonSerializer.Serialize(new { query, operationName, variables });

    private static HttpRequestMessage Post(string json) => Form("application/json", json);

    private static HttpRequestMessage Form(string contentType, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(ResponseMediaType));
        return request;
    }

    private static HttpRequestMessage Get(string query, bool preflight = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/graphql?query=" + Uri.EscapeDataString(query), UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(ResponseMediaType));
        if (preflight)
        {
            request.Headers.Add("GraphQL-Preflight", "1");
        }

        return request;
    }
}
