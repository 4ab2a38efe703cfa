namespace Hamahang.GraphQL.Execution.DataLoaders;

/// <summary>What the executor sees of a DataLoader: whether keys wait, and how to load them.</summary>
public interface IDataLoader
{
    /// <summary>True when keys were requested and not yet dispatched.</summary>
    bool HasPendingKeys { get; }

    /// <summary>Loads the waiting keys in one batch and completes their tasks.</summary>
    /// <param name="cancellationToken">Cancelled when the request is aborted.</param>
    Task DispatchAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Connects the loader to the scope that dispatches it; called once when the scope adopts it. The loader calls
    /// <see cref="DataLoaderScope.KeysPending"/> (from any thread) when the first key of a new batch is requested.
    /// </summary>
    /// <param name="scope">The request's scope.</param>
    void Attach(DataLoaderScope scope);
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
    private DataLoaderScope? _scope;

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
                notify = _scope is { } scope ? scope.KeysPending : null;
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
    public void Attach(DataLoaderScope scope) => _scope = scope;

    /// <summary>
    /// The request's branch <paramref name="key"/> of this loader, made by <paramref name="create"/> on first use, as
    /// GreenDonut's <c>Branch</c>: a loader whose query depends on an argument (a phase number, a filter) is one class, and
    /// each value of the argument is a branch with its own batch and cache, found by the loader's type and the key.
    /// </summary>
    /// <typeparam name="TLoader">The branch's type (the loader's own).</typeparam>
    /// <param name="key">What sets the branch apart (the argument's value).</param>
    /// <param name="create">Makes the branch, given the key.</param>
    public TLoader Branch<TLoader>(string key, Func<string, TLoader> create)
        where TLoader : DataLoaderBase<TKey, TResult>
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(create);
        var scope = _scope ?? throw new InvalidOperationException("A loader branches once the request's scope holds it.");
        return scope.GetOrAdd(GetType(), key, () => create(key));
    }

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
