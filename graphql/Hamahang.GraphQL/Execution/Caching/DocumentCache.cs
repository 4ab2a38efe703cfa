using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Execution.Caching;

/// <summary>
/// The "parse" stage with its cache: documents parsed once per text and kept, with their validation
/// result and plans, under the SHA-256 of their text (so a persisted-query hash finds them too). When the
/// cache is full it starts over, which keeps it bounded without bookkeeping on the hot path.
/// </summary>
internal sealed class DocumentCache
{
    private readonly ConcurrentDictionary<string, PreparedDocument> _byText = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PreparedDocument> _byHash = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<DocumentNode, PreparedDocument> _byNode = [];
    private readonly int _capacity;

    public DocumentCache(int capacity)
    {
        _capacity = Math.Max(0, capacity);
    }

    /// <summary>How many documents are cached.</summary>
    public int Count => _byText.Count;

    /// <summary>The prepared document for <paramref name="query"/>, parsing it on a miss; throws <see cref="GraphQLSyntaxException"/>.</summary>
    public PreparedDocument GetOrParse(string query)
    {
        if (_byText.TryGetValue(query, out var cached))
        {
            return cached;
        }

        var prepared = new PreparedDocument(Parser.Parse(query), HashOf(query));
        if (_capacity == 0)
        {
            return prepared;
        }

        if (_byText.Count >= _capacity)
        {
            _byText.Clear();
            _byHash.Clear();
        }

        prepared = _byText.GetOrAdd(query, prepared);
        _byHash.TryAdd(prepared.Hash!, prepared);
        return prepared;
    }

    /// <summary>
    /// The prepared document for a document given parsed (<see cref="GraphQLRequest.Document"/>): kept as long as the
    /// caller keeps the node, so a document executed again is not validated or planned again. Not kept when the cache
    /// is off (capacity 0).
    /// </summary>
    public PreparedDocument Prepare(DocumentNode document) =>
        _capacity == 0 ? new PreparedDocument(document, null) : _byNode.GetValue(document, static node => new PreparedDocument(node, null));

    /// <summary>The cached document whose text has SHA-256 <paramref name="hash"/> (lowercase hex), or null.</summary>
    public PreparedDocument? GetByHash(string hash) => _byHash.GetValueOrDefault(hash);

    /// <summary>The SHA-256 of a document's UTF-8 text, as lowercase hex.</summary>
    public static string HashOf(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
}
