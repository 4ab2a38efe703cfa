namespace Hamahang.GraphQL.Execution.DataLoaders;

/// <summary>
/// The DataLoaders of one request, by type (and branch): one instance of each loader class per request, so two
/// resolvers that need the same rows share the batch by construction. The executor asks it for pending batches
/// when no resolver can progress and dispatches them all; a loader's first waiting key wakes the executor if it waits.
/// </summary>
public sealed class DataLoaderScope
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(Type Type, string? Branch), IDataLoader> _loaders = [];
    private readonly Action _keysPending;

    /// <summary>Creates a scope.</summary>
    /// <param name="keysPending">Called when a loader of the scope gets the first key of a batch.</param>
    public DataLoaderScope(Action keysPending)
    {
        _keysPending = keysPending ?? throw new ArgumentNullException(nameof(keysPending));
    }

    /// <summary>True when some loader has keys waiting.</summary>
    public bool HasPendingBatches
    {
        get
        {
            lock (_gate)
            {
                foreach (var loader in _loaders.Values)
                {
                    if (loader.HasPendingKeys)
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }

    /// <summary>Wakes the executor: a loader of the scope got the first key of a batch. Callable from any thread.</summary>
    public void KeysPending() => _keysPending();

    /// <summary>The request's loader of type <typeparamref name="TLoader"/>, made by <paramref name="create"/> on first use.</summary>
    /// <typeparam name="TLoader">The loader type.</typeparam>
    /// <param name="create">Makes the loader.</param>
    public TLoader GetOrAdd<TLoader>(Func<TLoader> create)
        where TLoader : IDataLoader =>
        GetOrAdd((typeof(TLoader), null), create);

    /// <summary>
    /// The request's branch <paramref name="branch"/> of the loader type <paramref name="loaderType"/>, made by
    /// <paramref name="create"/> on first use (see <see cref="DataLoaderBase{TKey, TResult}.Branch{TLoader}"/>). The branch is
    /// found by the branching loader's own type, whatever base <typeparamref name="TLoader"/> names it as.
    /// </summary>
    /// <typeparam name="TLoader">The type the caller gets the branch as.</typeparam>
    /// <param name="loaderType">The branching loader's type.</param>
    /// <param name="branch">What sets the branch apart from the loader's other branches.</param>
    /// <param name="create">Makes the branch.</param>
    public TLoader GetOrAdd<TLoader>(Type loaderType, string branch, Func<TLoader> create)
        where TLoader : IDataLoader
    {
        ArgumentNullException.ThrowIfNull(loaderType);
        ArgumentNullException.ThrowIfNull(branch);
        return GetOrAdd((loaderType, branch), create);
    }

    /// <summary>Dispatches every loader that has keys waiting, concurrently.</summary>
    /// <param name="cancellationToken">Cancelled when the request is aborted.</param>
    public Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<IDataLoader> ready = [];
        lock (_gate)
        {
            foreach (var loader in _loaders.Values)
            {
                if (loader.HasPendingKeys)
                {
                    ready.Add(loader);
                }
            }
        }

        return ready.Count switch
        {
            0 => Task.CompletedTask,
            1 => ready[0].DispatchAsync(cancellationToken),
            _ => Task.WhenAll(ready.Select(l => l.DispatchAsync(cancellationToken))),
        };
    }

    private TLoader GetOrAdd<TLoader>((Type, string?) key, Func<TLoader> create)
        where TLoader : IDataLoader
    {
        ArgumentNullException.ThrowIfNull(create);
        lock (_gate)
        {
            if (_loaders.TryGetValue(key, out var existing))
            {
                return (TLoader)existing;
            }
        }

        // Made outside the lock: a loader's constructor may resolve services (or other loaders) of the request.
        var loader = create();
        lock (_gate)
        {
            if (_loaders.TryGetValue(key, out var raced))
            {
                return (TLoader)raced;
            }

            loader.Attach(this);
            _loaders.Add(key, loader);
            return loader;
        }
    }
}
