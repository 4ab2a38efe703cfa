namespace Hamahang.GraphQL.Execution.DataLoaders;

/// <summary>
/// A batch DataLoader, as GreenDonut's <c>BatchDataLoader&lt;TKey, TValue&gt;</c>: loads many keys at once into a
/// dictionary; a key missing from it loads to the default value (null). A loader is a class overriding
/// <see cref="LoadBatchAsync"/>, found by its type (<see cref="DataLoaderResolverContextExtensions.DataLoader{TLoader}"/>).
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public abstract class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue?>
    where TKey : notnull
{
    /// <summary>Loads the values of a batch of keys.</summary>
    /// <param name="keys">The distinct keys.</param>
    /// <param name="cancellationToken">Cancelled when the request is aborted.</param>
    protected abstract ValueTask<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <inheritdoc />
    protected sealed override async ValueTask FetchAsync(IReadOnlyList<TKey> keys, TValue?[] results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(results);
        var values = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < keys.Count; i++)
        {
            results[i] = values.TryGetValue(keys[i], out var value) ? value : default;
        }
    }
}
