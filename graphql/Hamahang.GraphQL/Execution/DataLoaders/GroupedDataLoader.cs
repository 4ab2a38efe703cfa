namespace Hamahang.GraphQL.Execution.DataLoaders;

/// <summary>
/// A grouped DataLoader, as GreenDonut's <c>GroupedDataLoader&lt;TKey, TValue&gt;</c>: loads many keys at once into a
/// lookup, each key to all its values (an empty array when it has none): the children of many parents in one query.
/// A loader is a class overriding <see cref="LoadGroupedBatchAsync"/>, found by its type.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public abstract class GroupedDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue[]>
    where TKey : notnull
{
    /// <summary>Loads the values of a batch of keys, grouped by key.</summary>
    /// <param name="keys">The distinct keys.</param>
    /// <param name="cancellationToken">Cancelled when the request is aborted.</param>
    protected abstract ValueTask<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <inheritdoc />
    protected sealed override async ValueTask FetchAsync(IReadOnlyList<TKey> keys, TValue[][] results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(results);
        var groups = await LoadGroupedBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < keys.Count; i++)
        {
            results[i] = groups.Contains(keys[i]) ? [.. groups[keys[i]]] : [];
        }
    }
}
