namespace Hamahang.GraphQL.AspNetCore;

/// <summary>
/// How <c>MapGraphQL</c> serves GraphQL over HTTP and over WebSocket. The defaults are the safe ones:
/// no batching, no mutations over GET, a 1 MiB body limit, CSRF protection on GET and form posts.
/// See https://graphql.github.io/graphql-over-http/draft/.
/// </summary>
public sealed record GraphQLHttpOptions
{
    /// <summary>The largest request body (or WebSocket message) accepted, in bytes; larger ones get 413 and <c>REQUEST_TOO_LARGE</c>. Default 1 MiB.</summary>
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

    /// <summary>True (the default) to answer <c>GET {path}?sdl</c> and <c>GET {path}/schema.graphql</c> with the schema's SDL.</summary>
    public bool EnableSchemaRequests { get; init; } = true;

    /// <summary>True (the default) to accept WebSocket connections (protocol <c>graphql-transport-ws</c>) on the same path.</summary>
    public bool EnableWebSockets { get; init; } = true;

    /// <summary>How long a WebSocket client has to send <c>ConnectionInit</c> before the server closes with 4408. Default 3 seconds.</summary>
    public TimeSpan ConnectionInitTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How many documents automatic persisted queries keep (least recently used go first). Default 1 000.</summary>
    public int PersistedQueryCacheSize { get; init; } = 1_000;
}
