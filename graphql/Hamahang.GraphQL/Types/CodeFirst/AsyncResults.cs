namespace Hamahang.GraphQL.Types.CodeFirst;

/// <summary>
/// Adapts what a compiled resolver method returns to <see cref="ValueTask{TResult}"/> of object, so that
/// <c>Task&lt;T&gt;</c>, <c>ValueTask&lt;T&gt;</c> and <c>IAsyncEnumerable&lt;T&gt;</c> results unwrap without reflection per call.
/// </summary>
public static class AsyncResults
{
    /// <summary>Wraps a synchronous result.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="value">The result.</param>
    public static ValueTask<object?> FromValue<T>(T value) => new(value);

    /// <summary>Awaits a task's result.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="task">The task.</param>
    public static ValueTask<object?> FromTask<T>(Task<T> task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.IsCompletedSuccessfully ? new(task.Result) : Await(task);

        static async ValueTask<object?> Await(Task<T> task) => await task.ConfigureAwait(false);
    }

    /// <summary>Awaits a value task's result.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="task">The value task.</param>
    public static ValueTask<object?> FromValueTask<T>(ValueTask<T> task)
    {
        return task.IsCompletedSuccessfully ? new(task.Result) : Await(task);

        static async ValueTask<object?> Await(ValueTask<T> task) => await task.ConfigureAwait(false);
    }

    /// <summary>Collects an async stream into a list (for query and mutation fields, where it is a list).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="stream">The stream.</param>
    public static async ValueTask<object?> FromStream<T>(IAsyncEnumerable<T> stream)
    {
        if (stream is null)
        {
            return null;
        }

        var list = new List<T>();
        await foreach (var item in stream.ConfigureAwait(false))
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>Boxes an event stream's items (subscription fields).</summary>
    /// <typeparam name="T">The event type.</typeparam>
    /// <param name="stream">The stream.</param>
    public static async IAsyncEnumerable<object?> BoxStream<T>(IAsyncEnumerable<T> stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        await foreach (var item in stream.ConfigureAwait(false))
        {
            yield return item;
        }
    }

    /// <summary>A subscription stream from a synchronous result.</summary>
    /// <typeparam name="T">The event type.</typeparam>
    /// <param name="stream">The stream.</param>
    public static ValueTask<IAsyncEnumerable<object?>> StreamFromValue<T>(IAsyncEnumerable<T> stream) => new(BoxStream(stream));

    /// <summary>A subscription stream from a task.</summary>
    /// <typeparam name="T">The event type.</typeparam>
    /// <param name="task">The task producing the stream.</param>
    public static async ValueTask<IAsyncEnumerable<object?>> StreamFromTask<T>(Task<IAsyncEnumerable<T>> task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return BoxStream(await task.ConfigureAwait(false));
    }

    /// <summary>A subscription stream from a value task.</summary>
    /// <typeparam name="T">The event type.</typeparam>
    /// <param name="task">The value task producing the stream.</param>
    public static async ValueTask<IAsyncEnumerable<object?>> StreamFromValueTask<T>(ValueTask<IAsyncEnumerable<T>> task) =>
        BoxStream(await task.ConfigureAwait(false));
}
