using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Execution;

/// <summary>
/// A request: the document (as text or already parsed), the name of the operation to run, the variables
/// and extensions, as GraphQL over HTTP carries them ("query", "operationName", "variables", "extensions").
/// See https://spec.graphql.org/September2025/#sec-Executing-Requests.
/// </summary>
public sealed record GraphQLRequest
{
    /// <summary>The document's source text; used when <see cref="Document"/> is null.</summary>
    public string? Query { get; init; }

    /// <summary>An already parsed document (its validation is not cached).</summary>
    public DocumentNode? Document { get; init; }

    /// <summary>The name of the operation to run; required when the document holds several.</summary>
    public string? OperationName { get; init; }

    /// <summary>
    /// The variables as external values: strings, numbers, booleans, null, lists and string-keyed maps;
    /// <see cref="System.Text.Json.JsonElement"/> values are read as JSON. A variable absent from the map is
    /// "not provided" (its default applies), which differs from one given as null.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The request's <c>extensions</c> map (persisted query hashes, ...), or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>
    /// Entries the transport puts into the request's <see cref="Types.IResolverContext.ContextData"/> before
    /// execution starts (the authenticated user, the API key's role, ...), or null.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? ContextData { get; init; }
}
