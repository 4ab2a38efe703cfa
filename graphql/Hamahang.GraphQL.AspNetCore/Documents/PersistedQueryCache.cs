using System.Collections.Concurrent;

namespace Hamahang.GraphQL.AspNetCore.Documents;

/// <summary>
/// The documents learned from automatic persisted queries (<c>extensions.persistedQuery.sha256Hash</c> sent with
/// the text once, then the hash alone), bounded: when full, the oldest half is dropped.
/// </summary>
public sealed class PersistedQueryCache
{
    private readonly ConcurrentDictionary<string, (string Document, long Order)> _documents = new(StringComparer.Ordinal);
    private readonly int _capacity;
    private long _order;

    /// <summary>Creates the cache.</summary>
    /// <param name="capacity">How many documents it holds at most.</param>
    public PersistedQueryCache(int capacity)
    {
        _capacity = Math.Max(1, capacity);
    }

    /// <summary>The document learned under <paramref name="hash"/>, or null.</summary>
    /// <param name="hash">The lowercase hex SHA-256.</param>
    /// <returns>The text or null.</returns>
    public string? Find(string hash) => _documents.TryGetValue(hash, out var entry) ? entry.Document : null;

    /// <summary>Learns <paramref name="document"/> under its hash.</summary>
    /// <param name="hash">The lowercase hex SHA-256 of the document.</param>
    /// <param name="document">The text.</param>
    public void Add(string hash, string document)
    {
        if (_documents.Count >= _capacity)
        {
            var cutoff = Interlocked.Read(ref _order) - (_capacity / 2);
            foreach (var entry in _documents)
            {
                if (entry.Value.Order < cutoff)
                {
                    _documents.TryRemove(entry.Key, out _);
                }
            }
        }

        _documents[hash] = (document, Interlocked.Increment(ref _order));
    }
}
