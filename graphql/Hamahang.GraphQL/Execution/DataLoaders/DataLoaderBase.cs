namespace Hamahang.GraphQL.Execution.DataLoaders;

/// <summary>What the executor sees of a DataLoader: whether keys wait, and how to load them.</summary>
public interface IDataLoader
{
    /// <summary>True when keys were requested and not yet dispatched.</summary>
    bool HasPendingKeys { get; }

    /// <summary>Loads the waiting keys in one batch and completes their tasks.</summary>
    /// <param name="cancellationToken">Cancelled when the request is aborted.</param>
    Task DispatchAsync(CancellationToken cancellationToken);

    /// <summary>Connects the loader to the scope that dispatches it; called once when the scope adopts it.</summary>
    /// <param name="keysPending">Called (from any thread) when the first key of a new batch is requested.</param>
    void Attach(Action keysPending);
}

/// <summary>
/// A request-scoped batching loader: keys requested while resolvers run are collected, and when no
/// resolver can progress the executor loads them all with one call. Each key is loaded once per request
/// (the loader caches its task). Thread-safe: async resolvers may request keys from any thread.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TResult">What one key loads to.</typeparam>
public abstract class DataLoaderBase<TKey, TResult> : IDataLoader
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TResult>> _cache = [];
    private List<(TKey Key, TaskCompletionSource<TResult> Completion)> _batch = [];
    private Action? _keysPending;

    /// <summary>How many batches this loader has dispatched.</summary>
    public int BatchCount { get; private set; }

    /// <inheritdoc />
    public bool HasPendingKeys
    {
        get
        {
            lock (_gate)
            {
                return _batch.Count > 0;
            }
        }
    }

    /// <summary>The value of <paramref name="key"/>, loaded with the other keys of its batch.</summary>
    /// <param name="key">The key.</param>
    public Task<TResult> LoadAsync(TKey key)
    {
        Action? notify = null;
        Task<TResult> task;
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached.Task;
            }

            var completion = new TaskCompletionSource<TResult>();
            _cache.Add(key, completion);
            _batch.Add((key, completion));
            if (_batch.Count == 1)
            {
                notify = _keysPending;
            }

            task = completion.Task;
        }

        notify?.Invoke();
        return task;
    }

    /// <summary>The values of <paramref name="keys"/>, in order.</summary>
    /// <param name="keys">The keys.</param>
    public Task<TResult[]> LoadAsync(IEnumerable<TKey> keys) => Task.WhenAll(keys.Select(LoadAsync));

    /// <inheritdoc />
    public void Attach(Action keysPending) => _keysPending = keysPending;

    /// <inheritdoc />
    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<(TKey Key, TaskCompletionSource<TResult> Completion)> batch;
        lock (_gate)
        {
            if (_batch.Count == 0)
            {
                return;
            }

            batch = _batch;
            _batch = [];
            BatchCount++;
        }

        var keys = new TKey[batch.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = batch[i].Key;
        }

        var results = new TResult[keys.Length];
        try
        {
            await FetchAsync(keys, results, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            foreach (var (_, completion) in batch)
            {
                completion.TrySetException(exception);
            }

            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Completion.TrySetResult(results[i]);
        }
    }

    /// <summary>Loads <paramref name="keys"/> (distinct, in request order) and writes each result at the key's index.</summary>
    /// <param name="keys">The keys of the batch.</param>
    /// <param name="results">One slot per key.</param>
    /// <param name="cancellationToken">Cancelled when the request is aborted.</param>
    protected abstract ValueTask FetchAsync(IReadOnlyList<TKey> keys, TResult[] results, CancellationToken cancellationToken);
}
