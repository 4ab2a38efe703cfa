using System.Collections.Concurrent;

namespace Hamahang.GraphQL.AspNetCore.Documents;

/// <summary>
/// An in-memory <see cref="ITrustedDocumentStore"/>: documents added from text or loaded from a folder of
/// <c>*.graphql</c> files (such as <c>schema/operations/</c>), each keyed by the SHA-256 of its text.
/// </summary>
public sealed class TrustedDocumentStore : ITrustedDocumentStore
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);

    /// <summary>How many documents are trusted.</summary>
    public int Count => _documents.Count;

    /// <summary>Trusts <paramref name="document"/>.</summary>
    /// <param name="document">The document's text, exactly as clients send it.</param>
    /// <returns>The document's hash (lowercase hex), which clients send as <c>documentId: "sha256:&lt;hash&gt;"</c>.</returns>
    public string Add(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var hash = DocumentHash.Sha256(document);
        _documents[hash] = document;
        return hash;
    }

    /// <summary>Trusts every <c>*.graphql</c> file in <paramref name="directory"/> (not its subfolders).</summary>
    /// <param name="directory">The folder, e.g. <c>schema/operations</c>.</param>
    /// <returns>The store.</returns>
    public TrustedDocumentStore AddDirectory(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory, "*.graphql").Order(StringComparer.Ordinal))
        {
            Add(File.ReadAllText(file));
        }

        return this;
    }

    /// <inheritdoc />
    public string? Find(string hash) => _documents.GetValueOrDefault(hash);
}
