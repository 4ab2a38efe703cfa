using System.Text.Json;
using Hamahang.GraphQL.AspNetCore.Documents;
using Hamahang.GraphQL.Execution;

namespace Hamahang.GraphQL.AspNetCore.Http;

/// <summary>
/// Finds the document a request runs: its <c>query</c> text, a trusted document named by
/// <c>documentId: "sha256:&lt;hex&gt;"</c>, or an automatic persisted query named by
/// <c>extensions.persistedQuery.sha256Hash</c>; and enforces <see cref="GraphQLHttpOptions.TrustedDocumentsOnly"/>.
/// </summary>
internal sealed class DocumentResolver
{
    private readonly ITrustedDocumentStore _trusted;
    private readonly PersistedQueryCache _learned;
    private readonly GraphQLHttpOptions _options;

    public DocumentResolver(ITrustedDocumentStore trusted, PersistedQueryCache learned, GraphQLHttpOptions options)
    {
        _trusted = trusted;
        _learned = learned;
        _options = options;
    }

    /// <summary>The executor's request for <paramref name="parameters"/>, or a <see cref="TransportException"/>.</summary>
    public GraphQLRequest Resolve(RequestParameters parameters)
    {
        var query = parameters.DocumentId is { } documentId
            ? FromDocumentId(documentId)
            : PersistedQueryHash(parameters.Extensions) is { } hash
                ? FromPersistedQuery(hash, parameters.Query)
                : FromText(parameters.Query);
        return new GraphQLRequest
        {
            Query = query,
            OperationName = parameters.OperationName,
            Variables = parameters.Variables,
            Extensions = parameters.Extensions,
        };
    }

    private string FromDocumentId(string documentId)
    {
        if (!documentId.StartsWith(DocumentHash.Sha256Prefix, StringComparison.Ordinal)
            || !DocumentHash.IsSha256(documentId[DocumentHash.Sha256Prefix.Length..]))
        {
            throw new TransportException("The \"documentId\" parameter must be \"sha256:\" followed by 64 hex digits.");
        }

        var hash = documentId[DocumentHash.Sha256Prefix.Length..].ToLowerInvariant();
        return _trusted.Find(hash) ?? throw NotFound();
    }

    private string FromPersistedQuery(string hash, string? query)
    {
        if (query is null)
        {
            return _trusted.Find(hash) ?? (_options.TrustedDocumentsOnly ? null : _learned.Find(hash)) ?? throw NotFound();
        }

        if (!string.Equals(DocumentHash.Sha256(query), hash, StringComparison.Ordinal))
        {
            throw new TransportException(null, TransportErrorCodes.PersistedQueryHashMismatch, "The persisted query's hash is not the SHA-256 of its text.");
        }

        if (_trusted.Find(hash) is null)
        {
            if (_options.TrustedDocumentsOnly)
            {
                throw TrustedOnly();
            }

            if (_options.EnableAutomaticPersistedQueries)
            {
                _learned.Add(hash, query);
            }
        }

        return query;
    }

    private string FromText(string? query)
    {
        if (query is null)
        {
            throw new TransportException(400, TransportErrorCodes.QueryMissing, "The request has no \"query\" and no \"documentId\".");
        }

        if (_options.TrustedDocumentsOnly && _trusted.Find(DocumentHash.Sha256(query)) is null)
        {
            throw TrustedOnly();
        }

        return query;
    }

    private static string? PersistedQueryHash(IReadOnlyDictionary<string, object?>? extensions)
    {
        if (extensions?.GetValueOrDefault("persistedQuery") is not JsonElement { ValueKind: JsonValueKind.Object } persisted)
        {
            return null;
        }

        return persisted.TryGetProperty("sha256Hash", out var hash) && hash.ValueKind == JsonValueKind.String && DocumentHash.IsSha256(hash.GetString()!)
            ? hash.GetString()!.ToLowerInvariant()
            : throw new TransportException("\"extensions.persistedQuery.sha256Hash\" must be 64 hex digits.");
    }

    private static TransportException NotFound() =>
        new(null, TransportErrorCodes.PersistedQueryNotFound, "PersistedQueryNotFound");

    private static TransportException TrustedOnly() =>
        new(400, TransportErrorCodes.TrustedDocumentRequired, "Only trusted documents may run on this server; send a \"documentId\".");
}
