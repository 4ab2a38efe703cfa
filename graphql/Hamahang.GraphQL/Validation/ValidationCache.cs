using System.Security.Cryptography;
using System.Text;
using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Validation;

/// <summary>
/// Remembers validation results, keyed by the schema, the options and a hash (SHA-256) of the
/// document's text, so a client that sends the same document again is not validated again.
/// Thread-safe and bounded: past <see cref="Capacity"/> entries, the least recently used goes.
/// See https://spec.graphql.org/September2025/#sec-Validation ("a document that is valid ... does
/// not need to be validated again", the specification's note on caching validation results).
/// </summary>
public sealed class ValidationCache
{
    private readonly IReadOnlyList<IValidationRule> _rules;
    private readonly Dictionary<Key, LinkedListNode<(Key Key, IReadOnlyList<GraphQLError> Errors)>> _entries = [];
    private readonly LinkedList<(Key Key, IReadOnlyList<GraphQLError> Errors)> _recency = new();
    private readonly Lock _lock = new();

    /// <summary>Creates an empty cache.</summary>
    /// <param name="capacity">The number of results kept (at least one).</param>
    /// <param name="rules">The rules documents are validated with; <see cref="SpecifiedRules.All"/> when null.</param>
    public ValidationCache(int capacity = 1000, IReadOnlyList<IValidationRule>? rules = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _rules = rules ?? SpecifiedRules.All;
    }

    /// <summary>The number of results kept at most.</summary>
    public int Capacity { get; }

    /// <summary>The number of results kept now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The errors of a document, from the cache when the same text was validated against the same schema with the same options.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="document">The parsed document.</param>
    /// <param name="options">The options; <see cref="ValidationOptions.Default"/> when null.</param>
    public IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= ValidationOptions.Default;
        var key = new Key(schema, options, Hash(document));
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var cached))
            {
                _recency.Remove(cached);
                _recency.AddFirst(cached);
                return cached.Value.Errors;
            }
        }

        var errors = DocumentValidator.Validate(schema, document, _rules, options);
        lock (_lock)
        {
            if (!_entries.ContainsKey(key))
            {
                _entries[key] = _recency.AddFirst((key, errors));
                if (_entries.Count > Capacity)
                {
                    var oldest = _recency.Last!;
                    _recency.RemoveLast();
                    _entries.Remove(oldest.Value.Key);
                }
            }
        }

        return errors;
    }

    /// <summary>The SHA-256 of the document's text (its source, or its printed form when it has none), in hexadecimal.</summary>
    /// <param name="document">The document.</param>
    public static string Hash(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Location.Source is { } source ? source.Body : Printer.Print(document);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private readonly record struct Key(Schema Schema, ValidationOptions Options, string Hash);
}
