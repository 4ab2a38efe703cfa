namespace Hamahang.GraphQL.Error;

/// <summary>
/// The <c>extensions.code</c> values the engine shares with HotChocolate 15 (its <c>HotChocolate.ErrorCodes</c>):
/// where HotChocolate names a case with an <c>HCxxxx</c> code, the engine writes that code for the same case, so a
/// client written against HotChocolate branches the same way here. Cases HotChocolate has no code for keep the
/// engine's own names: the last two constants here, <c>RequestErrorCodes</c>, <c>LimitErrorCodes</c> and the
/// transport's codes.
/// </summary>
public static class ErrorCodes
{
    /// <summary>The HTTP request is not a GraphQL request (not a JSON object, a parameter of the wrong type).</summary>
    public const string RequestInvalid = "HC0009";

    /// <summary>The HTTP request body is larger than the server reads.</summary>
    public const string MaxRequestSize = "HC0010";

    /// <summary>The HTTP request body (or a JSON parameter of a GET) is not valid JSON.</summary>
    public const string RequestSyntaxError = "HC0011";

    /// <summary>The HTTP request has neither a document nor a document id.</summary>
    public const string QueryAndIdMissing = "HC0013";

    /// <summary>The GraphQL document does not parse.</summary>
    public const string SyntaxError = "HC0014";

    /// <summary>A non-null field resolved to null (https://spec.graphql.org/September2025/#sec-Handling-Execution-Errors).</summary>
    public const string NonNullViolation = "HC0018";

    /// <summary>A document id (persisted or trusted document) names no document the server knows.</summary>
    public const string PersistedOperationNotFound = "HC0020";

    /// <summary>The request ran longer than the configured execution timeout.</summary>
    public const string Timeout = "HC0045";

    /// <summary>The document selects <c>__schema</c> or <c>__type</c> where introspection is off.</summary>
    public const string IntrospectionNotAllowed = "HC0046";

    /// <summary>The operation's field cost or type cost is above the maximum.</summary>
    public const string CostExceeded = "HC0047";

    /// <summary>A page size (<c>first</c>, <c>last</c>) is above the maximum page size.</summary>
    public const string MaxPaginationItems = "HC0051";

    /// <summary>The HTTP request has no <c>Accept</c> media type the server writes.</summary>
    public const string NoSupportedAcceptMediaType = "HC0063";

    /// <summary>A document was sent as text where only trusted (persisted) documents may run.</summary>
    public const string OnlyPersistedOperationsAllowed = "HC0067";

    /// <summary><c>nodes(ids:)</c> was asked for more ids than the server fetches at once.</summary>
    public const string FetchedTooManyNodesAtOnce = "HC0076";

    /// <summary>A paging cursor is malformed, tampered with or from another order.</summary>
    public const string InvalidCursor = "HC0078";

    /// <summary>A page size (<c>first</c>, <c>last</c>) is negative.</summary>
    public const string MinPaginationItems = "HC0079";

    /// <summary>A field whose <c>@listSize</c> requires exactly one slicing argument got none or several.</summary>
    public const string OneSlicingArgumentRequired = "HC0082";

    /// <summary>A resolver failed unexpectedly; the message hides the cause outside Development (HotChocolate has no code).</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>A global id is not one the server issued (HotChocolate has no code).</summary>
    public const string InvalidId = "INVALID_ID";
}
