using Hamahang.GraphQL.Execution.DataLoaders;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Tests.Conformance.ExecutionTwin;

/// <summary>
/// The twin of the corpus's <c>later(fn)</c> (<c>Promise.resolve().then(fn)</c>): the callback runs when the
/// executor can make no more progress, with every other callback queued by then, in the order they were
/// queued, as the microtasks of one tick run in graphql-js. Built on the request's DataLoader scope, which
/// the executor dispatches exactly then, so the order is deterministic.
/// </summary>
public sealed class Microtasks : IDataLoader
{
    private readonly Lock _gate = new();
    private List<(Func<object?> Callback, TaskCompletionSource<object?> Completion)> _queue = [];
    private DataLoaderScope? _scope;

    public bool HasPendingKeys
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count > 0;
            }
        }
    }

    /// <summary>A task settled by <paramref name="callback"/> in a later tick.</summary>
    public static Task<object?> Later(IResolverContext context, Func<object?> callback) =>
        context.DataLoaders().GetOrAdd(() => new Microtasks()).Enqueue(callback);

    public void Attach(DataLoaderScope scope) => _scope = scope;

    public Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<(Func<object?> Callback, TaskCompletionSource<object?> Completion)> queue;
        lock (_gate)
        {
            queue = _queue;
            _queue = [];
        }

        foreach (var (callback, completion) in queue)
        {
            try
            {
                completion.SetResult(callback());
            }
            catch (Exception exception)
            {
                completion.SetException(exception);
            }
        }

        return Task.CompletedTask;
    }

    private Task<object?> Enqueue(Func<object?> callback)
    {
        var completion = new TaskCompletionSource<object?>();
        bool first;
        lock (_gate)
        {
            _queue.Add((callback, completion));
            first = _queue.Count == 1;
        }

        if (first)
        {
            _scope?.KeysPending();
        }

        return completion.Task;
    }
}
