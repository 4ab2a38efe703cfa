using System.Collections;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// One parent's page of a nested list, already read (GreenDonut.Data's <c>Page&lt;T&gt;</c>): what a resolver of a
/// <see cref="UsePagingAttribute"/> field returns when a batched page loader (<see cref="BatchPageQuery{TRow, TKey, T}"/>)
/// paged the list itself. The paging convention passes its connection on instead of paging again.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class Page<T> : IReadOnlyList<T>
{
    internal Page(Connection connection)
    {
        Connection = connection;
    }

    /// <summary>The page as its connection: edges with their cursors, page info and the total count when asked.</summary>
    public Connection Connection { get; }

    /// <inheritdoc />
    public int Count => Connection.Nodes.Count;

    /// <inheritdoc />
    public T this[int index] => (T)Connection.Nodes[index]!;

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => Connection.Nodes.Cast<T>().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
