using Hamahang.GraphQL.Error;

namespace Hamahang.GraphQL.AspNetCore;

/// <summary>
/// The codes (written as <c>extensions.code</c>) of errors the transport raises before a request reaches
/// the executor. Each names what the client must change.
/// </summary>
public static class TransportErrorCodes
{
    /// <summary>The body is not a JSON object, or a parameter has the wrong type (<c>query</c> not a string, <c>variables</c> not a map, ...).</summary>
    public const string InvalidRequest = ErrorCodes.RequestInvalid;

    /// <summary>The body, or a JSON parameter of a GET, is not valid JSON.</summary>
    public const string InvalidJson = ErrorCodes.RequestSyntaxError;

    /// <summary>The request has neither <c>query</c>, <c>documentId</c> nor a persisted query hash.</summary>
    public const string QueryMissing = ErrorCodes.QueryAndIdMissing;

    /// <summary>The body (or WebSocket message) is larger than <see cref="GraphQLHttpOptions.MaxRequestBodySize"/>.</summary>
    public const string RequestTooLarge = ErrorCodes.MaxRequestSize;

    /// <summary>A JSON array of requests was sent while <see cref="GraphQLHttpOptions.EnableBatching"/> is off.</summary>
    public const string BatchingNotAllowed = "BATCHING_NOT_ALLOWED";

    /// <summary>A batch holds more requests than <see cref="GraphQLHttpOptions.MaxBatchSize"/>.</summary>
    public const string BatchTooLarge = "BATCH_TOO_LARGE";

    /// <summary>A document hash (<c>documentId</c> or <c>extensions.persistedQuery.sha256Hash</c>) names no known document.</summary>
    public const string PersistedQueryNotFound = ErrorCodes.PersistedOperationNotFound;

    /// <summary>A document was sent with a hash that is not the SHA-256 of its text.</summary>
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>A document was sent as text while only trusted documents may run.</summary>
    public const string TrustedDocumentRequired = ErrorCodes.OnlyPersistedOperationsAllowed;

    /// <summary>A GET or a form post came without the <c>GraphQL-Preflight</c> header or a JSON content type.</summary>
    public const string PreflightRequired = "PREFLIGHT_REQUIRED";

    /// <summary>A mutation was sent with GET.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>The request's content type is not one the server reads.</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The <c>GraphQL-Cost</c> header is neither <c>report</c> nor <c>validate</c>.</summary>
    public const string InvalidCostHeader = "INVALID_COST_HEADER";

    /// <summary>The request's <c>Accept</c> header names no media type the server writes.</summary>
    public const string NotAcceptable = ErrorCodes.NoSupportedAcceptMediaType;

    /// <summary>The client is not authenticated (answered with 401).</summary>
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>The client may not run this request (answered with 403).</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
}
