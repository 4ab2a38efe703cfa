namespace Hamahang.GraphQL.Execution.DataLoaders;

/// <summary>
/// A batch DataLoader: loads many keys at once into a dictionary; a key missing from it loads to the
/// default value (null). Give the batch function to the constructor, or override <see cref="LoadBatchAsync"/>.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public class DataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue?>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>>? _loadBatch;

    /// <summary>Creates a loader from a batch function.</summary>
    /// <param name="loadBatch">Loads the values of a batch of keys.</param>
    public DataLoader(Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> loadBatch)
    {
        _loadBatch = loadBatch ?? throw new ArgumentNullException(nameof(loadBatch));
    }

    /// <summary>Creates a loader whose subclass overrides <see cref="LoadBatchAsync"/>.</summary>
    protected DataLoader()
    {
    }

    /// <summary>Loads the values of a batch of keys.</summary>
    /// <param name="keys">The distinct keys.</param>
    /// <param name="cancellationToken">Cancelled when the request is aborted.</param>
    protected virtual ValueTask<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        _loadBatch is null ? throw new InvalidOperationException("Give a batch function or override LoadBatchAsync.") : _loadBatch(keys, cancellationToken);

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

/// <summary>
/// A group DataLoader: loads many keys at once into a lookup, each key to all its values (an empty
/// array when it has none): the children of many parents in one query.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public class GroupDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue[]>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<ILookup<TKey, TValue>>>? _loadGroups;

    /// <summary>Creates a loader from a batch function.</summary>
    /// <param name="loadGroups">Loads the values of a batch of keys, grouped by key.</param>
    public GroupDataLoader(Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<ILookup<TKey, TValue>>> loadGroups)
    {
        _loadGroups = loadGroups ?? throw new ArgumentNullException(nameof(loadGroups));
    }

    /// <summary>Creates a loader whose subclass overrides <see cref="LoadGroupsAsync"/>.</summary>
    protected GroupDataLoader()
    {
    }

    /// <summary>Loads the values of a batch of keys, grouped by key.</summary>
    /// <param name="keys">The distinct keys.</param>
    /// <param name="cancellationToken">Cancelled when the request is aborted.</param>
    protected virtual ValueTask<ILookup<TKey, TValue>> LoadGroupsAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        _loadGroups is null ? throw new InvalidOperationException("Give a batch function or override LoadGroupsAsync.") : _loadGroups(keys, cancellationToken);

    /// <inheritdoc />
    protected sealed override async ValueTask FetchAsync(IReadOnlyList<TKey> keys, TValue[][] results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(results);
        var groups = await LoadGroupsAsync(keys, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < keys.Count; i++)
        {
            results[i] = groups.Contains(keys[i]) ? [.. groups[keys[i]]] : [];
        }
    }
}
