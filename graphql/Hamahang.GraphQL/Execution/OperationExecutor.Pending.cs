using Hamahang.GraphQL.Execution.Planning;
using Hamahang.GraphQL.Execution.Results;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Execution;

/// <content>
/// Async resolvers: a pending entry per unfinished task, completed in the order the tasks were started
/// among those that have finished. When none has finished, pending DataLoader batches are dispatched
/// (every resolver that could progress has), else the executor waits for a task or a new batch.
/// Completing a task counts as a step of graphql-js's microtask clock (<see cref="_tick"/>): a task started
/// at tick t is completed at tick t + 2, as graphql-js awaits a promise that settles a tick after it was
/// made; nulls on their way to a nullable parent (<see cref="Propagate"/>) arrive in tick order between them.
/// </content>
internal sealed partial class OperationExecutor
{
    private readonly List<Pending> _pending = [];
    private int _pendingHead;
    private int _pendingCount;
    private SemaphoreSlim? _signal;
    private Action? _release;

    /// <summary>The microtask tick of the step being executed: 0 while executing synchronously.</summary>
    private int _tick;

    private bool HasPending => _pendingCount > 0;

    private void AddPending(Task<object?> task, ResultNode container, int index, GraphQLType type, FieldPlan field)
    {
        container.Set(index, null);
        _pending.Add(new Pending(task, container, index, type, field, _tick));
        _pendingCount++;
    }

    private async ValueTask DrainAsync()
    {
        while (_pendingCount > 0)
        {
            if (TakeCompleted() is { } item)
            {
                _tick = Math.Max(_tick, item.StartTick + 2);
                LandNulls(before: _tick);
                Process(item);
                continue;
            }

            if (_dataLoaders is { HasPendingBatches: true } loaders)
            {
                await loaders.DispatchAsync(RequestAborted).ConfigureAwait(false);
                continue;
            }

            // In JavaScript every microtask runs before any I/O completes: the nulls still on their way land first.
            LandNulls(before: int.MaxValue);
            await WaitForWorkAsync(RequestAborted).ConfigureAwait(false);
        }

        LandNulls(before: int.MaxValue);

        _pending.Clear();
        _pendingHead = 0;
    }

    private Pending? TakeCompleted()
    {
        for (var i = _pendingHead; i < _pending.Count; i++)
        {
            var item = _pending[i];
            if (item is null || !item.Task.IsCompleted)
            {
                continue;
            }

            _pending[i] = null!;
            _pendingCount--;
            while (_pendingHead < _pending.Count && _pending[_pendingHead] is null)
            {
                _pendingHead++;
            }

            return item;
        }

        return null;
    }

    private void Process(Pending item)
    {
        if (IsNulled(item.Container, item.Index))
        {
            _ = item.Task.Exception;
            return;
        }

        bool completed;
        if (item.Task.IsCompletedSuccessfully)
        {
            completed = CompleteField(item.Container, item.Index, item.Type, item.Field, item.Task.Result);
        }
        else
        {
            var exception = item.Task.Exception?.InnerException ?? new TaskCanceledException(item.Task);
            // The request was aborted or timed out: that ends the request, not just this field.
            ThrowIfAborted();

            completed = HandleFieldError(CreateError(exception, item.Field, item.Container, item.Index), item.Container, item.Index, item.Type);
        }

        if (!completed)
        {
            Propagate(item.Container);
        }
    }

    /// <summary>
    /// Waits, once the request ended early (aborted or timed out), for the resolvers it started to end too: they were given
    /// the cancelled <see cref="RequestAborted"/>, and what they use (a pooled DbContext of the request's scope) must not be
    /// handed back while one still runs. Keys still waiting are dispatched with that token, so their loads end at once and
    /// the resolvers awaiting them end with them. A resolver that ignores the token holds the request until it ends.
    /// </summary>
    private async ValueTask SettleAsync()
    {
        while (Running())
        {
            if (_dataLoaders is { HasPendingBatches: true } loaders)
            {
                await loaders.DispatchAsync(RequestAborted).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                continue;
            }

            await WaitForWorkAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private bool Running()
    {
        for (var i = _pendingHead; i < _pending.Count; i++)
        {
            if (_pending[i] is { Task.IsCompleted: false })
            {
                return true;
            }
        }

        return false;
    }

    private Task WaitForWorkAsync(CancellationToken cancellationToken)
    {
        var signal = Signal;
        _release ??= () => signal.Release();
        for (var i = _pendingHead; i < _pending.Count; i++)
        {
            if (_pending[i] is { Hooked: false } item)
            {
                item.Hooked = true;
                ((Task)item.Task).ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(_release);
            }
        }

        return signal.WaitAsync(cancellationToken);
    }

    /// <summary>Wakes the executor when it waits (a DataLoader got keys to load).</summary>
    private void SignalWork() => Signal.Release();

    private SemaphoreSlim Signal
    {
        get
        {
            if (_signal is null)
            {
                Interlocked.CompareExchange(ref _signal, new SemaphoreSlim(0), null);
            }

            return _signal;
        }
    }

    /// <summary>An unfinished resolver result and the slot it completes.</summary>
    private sealed class Pending(Task<object?> task, ResultNode container, int index, GraphQLType type, FieldPlan field, int startTick)
    {
        public Task<object?> Task { get; } = task;

        public ResultNode Container { get; } = container;

        public int Index { get; } = index;

        public GraphQLType Type { get; } = type;

        public FieldPlan Field { get; } = field;

        /// <summary>The tick of the step that started the task.</summary>
        public int StartTick { get; } = startTick;

        public bool Hooked { get; set; }
    }
}
