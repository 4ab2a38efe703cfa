using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Execution.DataLoaders;

/// <summary>Gets request-scoped DataLoaders from a resolver context.</summary>
public static class DataLoaderResolverContextExtensions
{
    /// <summary>The request's DataLoaders.</summary>
    /// <param name="context">The resolver context (the executor's).</param>
    public static DataLoaderScope DataLoaders(this IResolverContext context) =>
        (context as IDataLoaderContext ?? throw new InvalidOperationException("DataLoaders need the executor's resolver context.")).DataLoaders;

    /// <summary>
    /// The request's loader of type <typeparamref name="TLoader"/>, one per request: made on first use from the
    /// request's services (see <see cref="DataLoaderActivator"/>). A resolver parameter of a loader type gets it.
    /// </summary>
    /// <typeparam name="TLoader">The loader type.</typeparam>
    /// <param name="context">The resolver context.</param>
    public static TLoader DataLoader<TLoader>(this IResolverContext context)
        where TLoader : class, IDataLoader
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.DataLoaders().GetOrAdd(() => DataLoaderActivator.Create<TLoader>(context.Services));
    }

    /// <summary>
    /// The request's grouped loader named <paramref name="name"/>, made from <paramref name="loadGroups"/> on first use (a branch
    /// of one delegate loader type). Kept only for the api resolvers not yet written as loader classes (api/GraphQL/Loaders.cs);
    /// new code declares a class. Remove it with them.
    /// </summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="context">The resolver context.</param>
    /// <param name="name">The loader's name in the request.</param>
    /// <param name="loadGroups">Loads the values of a batch of keys, grouped by key.</param>
    public static GroupedDataLoader<TKey, TValue> GroupLoader<TKey, TValue>(
        this IResolverContext context,
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<ILookup<TKey, TValue>>> loadGroups)
        where TKey : notnull =>
        context.DataLoaders().GetOrAdd(name, () => new DelegateGroupedDataLoader<TKey, TValue>(loadGroups));

    private sealed class DelegateGroupedDataLoader<TKey, TValue>(
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<ILookup<TKey, TValue>>> loadGroups) : GroupedDataLoader<TKey, TValue>
        where TKey : notnull
    {
        protected override ValueTask<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
            loadGroups(keys, cancellationToken);
    }
}
