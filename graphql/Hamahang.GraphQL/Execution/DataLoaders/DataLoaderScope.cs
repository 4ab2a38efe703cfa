using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Execution.DataLoaders;

/// <summary>
/// The DataLoaders of one request, by name. The executor asks it for pending batches when no resolver
/// can progress and dispatches them all; a loader's first waiting key wakes the executor if it waits.
/// </summary>
public sealed class DataLoaderScope
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, IDataLoader> _loaders = new(StringComparer.Ordinal);
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

    /// <summary>The loader named <paramref name="name"/>, created by <paramref name="create"/> on first use.</summary>
    /// <typeparam name="TLoader">The loader type.</typeparam>
    /// <param name="name">The loader's name in the request.</param>
    /// <param name="create">Creates the loader.</param>
    public TLoader GetOrAdd<TLoader>(string name, Func<TLoader> create)
        where TLoader : IDataLoader
    {
        ArgumentNullException.ThrowIfNull(create);
        lock (_gate)
        {
            if (_loaders.TryGetValue(name, out var existing))
            {
                return (TLoader)existing;
            }

            var loader = create();
            loader.Attach(_keysPending);
            _loaders.Add(name, loader);
            return loader;
        }
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
}

/// <summary>A resolver context that carries its request's <see cref="DataLoaderScope"/>.</summary>
public interface IDataLoaderContext
{
    /// <summary>The request's DataLoaders.</summary>
    DataLoaderScope DataLoaders { get; }
}

/// <summary>Gets request-scoped DataLoaders from a resolver context.</summary>
public static class DataLoaderResolverContextExtensions
{
    /// <summary>The request's DataLoaders.</summary>
    /// <param name="context">The resolver context (the executor's).</param>
    public static DataLoaderScope DataLoaders(this IResolverContext context) =>
        (context as IDataLoaderContext ?? throw new InvalidOperationException("DataLoaders need the executor's resolver context.")).DataLoaders;

    /// <summary>
    /// The request's loader of type <typeparamref name="TLoader"/>: from the request's services when registered
    /// there, else created with its parameterless constructor.
    /// </summary>
    /// <typeparam name="TLoader">The loader type.</typeparam>
    /// <param name="context">The resolver context.</param>
    public static TLoader DataLoader<TLoader>(this IResolverContext context)
        where TLoader : class, IDataLoader
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.DataLoaders().GetOrAdd(
            typeof(TLoader).FullName!,
            () => context.Services.GetService(typeof(TLoader)) as TLoader ?? Activator.CreateInstance<TLoader>());
    }

    /// <summary>The request's batch loader named <paramref name="name"/>, made from <paramref name="loadBatch"/> on first use.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="context">The resolver context.</param>
    /// <param name="name">The loader's name in the request.</param>
    /// <param name="loadBatch">Loads the values of a batch of keys.</param>
    public static DataLoader<TKey, TValue> BatchLoader<TKey, TValue>(
        this IResolverContext context,
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> loadBatch)
        where TKey : notnull =>
        context.DataLoaders().GetOrAdd(name, () => new DataLoader<TKey, TValue>(loadBatch));

    /// <summary>The request's group loader named <paramref name="name"/>, made from <paramref name="loadGroups"/> on first use.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="context">The resolver context.</param>
    /// <param name="name">The loader's name in the request.</param>
    /// <param name="loadGroups">Loads the values of a batch of keys, grouped by key.</param>
    public static GroupDataLoader<TKey, TValue> GroupLoader<TKey, TValue>(
        this IResolverContext context,
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<ILookup<TKey, TValue>>> loadGroups)
        where TKey : notnull =>
        context.DataLoaders().GetOrAdd(name, () => new GroupDataLoader<TKey, TValue>(loadGroups));
}
