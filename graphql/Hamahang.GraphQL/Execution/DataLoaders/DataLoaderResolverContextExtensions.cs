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
    /// A new loader of <paramref name="loaderType"/> from the request's services, apart from the request's own: what a loader
    /// makes its branches of (<see cref="DataLoaderBase{TKey, TResult}.Branch"/>) when a branch is the loader set apart.
    /// </summary>
    /// <param name="context">The resolver context.</param>
    /// <param name="loaderType">The loader type (the branching loader's own).</param>
    public static IDataLoader NewDataLoader(this IResolverContext context, Type loaderType)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(loaderType);
        return DataLoaderActivator.CreateNew(loaderType, context.Services);
    }
}
