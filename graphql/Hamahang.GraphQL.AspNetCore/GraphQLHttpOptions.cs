using Hamahang.GraphQL.Validation.Limits;

namespace Hamahang.GraphQL.AspNetCore;

/// <summary>
/// How <c>MapGraphQL</c> serves GraphQL over HTTP and over WebSocket. The defaults are the safe ones:
/// no batching, no mutations over GET, a 1 MiB body limit, CSRF protection on GET and form posts, and the
/// request limits (<see cref="Limits"/>) on every request.
/// See https://graphql.github.io/graphql-over-http/draft/.
/// </summary>
public sealed record GraphQLHttpOptions
{
    /// <summary>The largest request body (or WebSocket message) accepted, in bytes; larger ones get 413 and <c>HC0010</c>. Default 1 MiB.</summary>
    public long MaxRequestBodySize { get; init; } = 1024 * 1024;

    /// <summary>True to accept a JSON array of requests in one POST (answered by an array of results). Off by default.</summary>
    public bool EnableBatching { get; init; }

    /// <summary>The most requests one batch may hold when <see cref="EnableBatching"/> is on. Default 10.</summary>
    public int MaxBatchSize { get; init; } = 10;

    /// <summary>
    /// True to run only trusted documents (those loaded into the <see cref="Documents.ITrustedDocumentStore"/>):
    /// a document sent as text runs only if its hash is trusted, and automatic persisted queries are not learned.
    /// </summary>
    public bool TrustedDocumentsOnly { get; init; }

    /// <summary>True to learn documents sent with <c>extensions.persistedQuery.sha256Hash</c> (automatic persisted queries). On by default.</summary>
    public bool EnableAutomaticPersistedQueries { get; init; } = true;

    /// <summary>True to run mutations sent with GET. Off, as the GraphQL over HTTP specification asks; a mutation over GET gets 405.</summary>
    public bool AllowGetMutations { get; init; }

    /// <summary>
    /// True (the default) to run a GET, or a form-encoded or multipart POST, only when it carries the
    /// <c>GraphQL-Preflight</c> header or a JSON content type: a browser cannot send either cross-site
    /// without a CORS preflight, so no other site can make a user's browser run an operation.
    /// </summary>
    public bool RequirePreflight { get; init; } = true;

    /// <summary>
    /// Request headers a browser sends to another site only after a CORS preflight that site would have to
    /// allow (any header outside the CORS safelist): a GET or form post carrying one could not have been forged
    /// by another site, so it needs no <c>GraphQL-Preflight</c> header. Clients that send credentials this way
    /// (urql's GET, for one) then work unchanged. Default: <c>Authorization</c>; add the host's own key header.
    /// </summary>
    public IReadOnlyList<string> PreflightedHeaders { get; init; } = ["Authorization"];

    /// <summary>True (the default) to answer <c>GET {path}?sdl</c> and <c>GET {path}/schema.graphql</c> with the schema's SDL.</summary>
    public bool EnableSchemaRequests { get; init; } = true;

    /// <summary>
    /// Where a browser that opens the GraphQL address itself is sent (a GET that asks for <c>text/html</c> and
    /// carries no <c>query</c> or <c>documentId</c>), as HotChocolate, Apollo Server and GraphQL Yoga show a
    /// browser their own tool there; e.g. an admin page's query console. Null (the default) answers such a GET
    /// as any other GET without a query.
    /// </summary>
    public string? BrowserRedirect { get; init; }

    /// <summary>True (the default) to accept WebSocket connections (protocol <c>graphql-transport-ws</c>) on the same path.</summary>
    public bool EnableWebSockets { get; init; } = true;

    /// <summary>How long a WebSocket client has to send <c>ConnectionInit</c> before the server closes with 4408. Default 3 seconds.</summary>
    public TimeSpan ConnectionInitTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// The limits every request (over HTTP and over WebSocket) is checked against after validation and before it runs:
    /// by default (<see cref="RequestLimits.Default"/>) execution depth 15, 30 aliases, 1 000 fields, 5 directives per
    /// location, 50 ids in <c>nodes(ids:)</c>, and field and type cost 1 000 (the IBM cost specification, as HotChocolate
    /// computes it). A request over a limit runs nothing and is answered with request errors whose <c>extensions.code</c>
    /// names the limit (<see cref="LimitErrorCodes"/>: <c>MAX_DEPTH_EXCEEDED</c>, <c>HC0047</c>, ...). Raise one
    /// with <c>RequestLimits.Default with { MaxExecutionDepth = 20 }</c>; <see cref="RequestLimits.None"/> turns them all
    /// off (the <c>GraphQL-Cost</c> header still reports the cost). <c>AddHamahangGraphQL</c> puts a
    /// <see cref="RequestLimitsDocumentAnalyzer"/> with these limits first in <c>ExecutionOptions.Analyzers</c>, unless the
    /// execution options already hold one (whose limits then apply).
    /// </summary>
    public RequestLimits Limits { get; init; } = RequestLimits.Default;

    /// <summary>How many documents automatic persisted queries keep (least recently used go first). Default 1 000.</summary>
    public int PersistedQueryCacheSize { get; init; } = 1_000;
}
