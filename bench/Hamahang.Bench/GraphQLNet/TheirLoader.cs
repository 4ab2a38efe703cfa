using GraphQL;
using GraphQL.DataLoader;

namespace Hamahang.Bench.GraphQLNet;

/// <summary>
/// A group loader for GraphQL.NET, as its GraphQL.DataLoader package's collection batch loader works (that package is
/// not on our feed): a resolver returns an <see cref="IDataLoaderResult{T}"/>, GraphQL.NET completes every pending
/// result of a level after the level's resolvers ran, and the first completion loads every key asked for in one call.
/// One instance per request and name, kept in the request's user context.
/// </summary>
internal sealed class TheirLoader<TValue>(Func<IEnumerable<int>, ILookup<int, TValue>> load)
{
    private readonly List<int> _pending = [];
    private readonly Dictionary<int, TValue[]> _loaded = [];

    public IDataLoaderResult<TValue[]> Load(int key)
    {
        _pending.Add(key);
        return new Pending(this, key);
    }

    private TValue[] Result(int key)
    {
        if (_pending.Count > 0)
        {
            var batch = load(_pending);
            foreach (var id in _pending)
            {
                _loaded[id] = [.. batch[id]];
            }

            _pending.Clear();
        }

        return _loaded[key];
    }

    private sealed class Pending(TheirLoader<TValue> loader, int key) : IDataLoaderResult<TValue[]>
    {
        public Task<TValue[]> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(loader.Result(key));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

internal static class TheirLoader
{
    /// <summary>The request's loader named <paramref name="name"/>, made from <paramref name="load"/> on first use.</summary>
    public static TheirLoader<TValue> For<TValue>(IResolveFieldContext context, string name, Func<IEnumerable<int>, ILookup<int, TValue>> load)
    {
        if (context.UserContext.TryGetValue(name, out var loader))
        {
            return (TheirLoader<TValue>)loader!;
        }

        var created = new TheirLoader<TValue>(load);
        context.UserContext[name] = created;
        return created;
    }
}
