namespace Hamahang.GraphQL.AspNetCore.Documents;

/// <summary>
/// The documents the host trusts, by the SHA-256 of their text: what <c>{"documentId": "sha256:&lt;hex&gt;"}</c>
/// names, and (with <see cref="GraphQLHttpOptions.TrustedDocumentsOnly"/>) the only documents that may run.
/// See https://benjie.dev/graphql/trusted-documents.
/// </summary>
public interface ITrustedDocumentStore
{
    /// <summary>The text of the document whose SHA-256 (lowercase hex, without prefix) is <paramref name="hash"/>, or null.</summary>
    /// <param name="hash">The hash.</param>
    /// <returns>The document's text, or null when it is not trusted.</returns>
    string? Find(string hash);
}
