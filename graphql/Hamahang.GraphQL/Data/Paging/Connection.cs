namespace Hamahang.GraphQL.Data;

/// <summary>
/// The value of an <c>XConnection</c> field: "A connection to a list of items."
/// See https://relay.dev/graphql/connections.htm#sec-Connection-Types.
/// </summary>
/// <param name="edges">The page's edges.</param>
/// <param name="pageInfo">Where the page sits.</param>
/// <param name="totalCount">The count of all items, when the client selected it.</param>
public sealed class Connection(IReadOnlyList<Edge> edges, PageInfo pageInfo, int? totalCount)
{
    /// <summary>"A list of edges."</summary>
    public IReadOnlyList<Edge> Edges { get; } = edges;

    /// <summary>"A flattened list of the nodes."</summary>
    public IReadOnlyList<object?> Nodes { get; } = NodesOf(edges);

    /// <summary>"Information to aid in pagination."</summary>
    public PageInfo PageInfo { get; } = pageInfo;

    /// <summary>"Identifies the total count of items in the connection." Null when not selected.</summary>
    public int? TotalCount { get; } = totalCount;

    private static object?[] NodesOf(IReadOnlyList<Edge> edges)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var nodes = new object?[edges.Count];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = edges[i].Node;
        }

        return nodes;
    }
}

/// <summary>
/// "An edge in a connection." A keyset page's edge signs its cursor only when a client reads it: most documents
/// select <c>nodes</c> alone, and signing every row's cursor was a tenth of a page's CPU.
/// </summary>
public sealed class Edge
{
    private readonly IKeyedRow? row;
    private readonly PageCursors? cursors;
    private string? cursor;

    /// <summary>An edge whose cursor is known.</summary>
    /// <param name="cursor">"A cursor for use in pagination."</param>
    /// <param name="node">"The item at the end of the edge."</param>
    public Edge(string cursor, object? node)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        (this.cursor, Node) = (cursor, node);
    }

    internal Edge(object? node, IKeyedRow row, PageCursors cursors) => (Node, this.row, this.cursors) = (node, row, cursors);

    /// <summary>"A cursor for use in pagination."</summary>
    public string Cursor => cursor ??= cursors!.Encode(row!);

    /// <summary>"The item at the end of the edge."</summary>
    public object? Node { get; }
}

/// <summary>"Information about pagination in a connection." The cursors are the first and last edges' own.</summary>
public sealed class PageInfo
{
    private readonly Edge? first;
    private readonly Edge? last;
    private readonly string? startCursor;
    private readonly string? endCursor;

    /// <summary>Page information whose cursors are known.</summary>
    /// <param name="hasNextPage">"Indicates whether more edges exist following the set defined by the clients arguments."</param>
    /// <param name="hasPreviousPage">"Indicates whether more edges exist prior the set defined by the clients arguments."</param>
    /// <param name="startCursor">"When paginating backwards, the cursor to continue."</param>
    /// <param name="endCursor">"When paginating forwards, the cursor to continue."</param>
    public PageInfo(bool hasNextPage, bool hasPreviousPage, string? startCursor, string? endCursor) =>
        (HasNextPage, HasPreviousPage, this.startCursor, this.endCursor) = (hasNextPage, hasPreviousPage, startCursor, endCursor);

    internal PageInfo(bool hasNextPage, bool hasPreviousPage, IReadOnlyList<Edge> edges) =>
        (HasNextPage, HasPreviousPage, first, last) = (hasNextPage, hasPreviousPage, edges.Count > 0 ? edges[0] : null, edges.Count > 0 ? edges[^1] : null);

    /// <summary>"Indicates whether more edges exist following the set defined by the clients arguments."</summary>
    public bool HasNextPage { get; }

    /// <summary>"Indicates whether more edges exist prior the set defined by the clients arguments."</summary>
    public bool HasPreviousPage { get; }

    /// <summary>"When paginating backwards, the cursor to continue."</summary>
    public string? StartCursor => startCursor ?? first?.Cursor;

    /// <summary>"When paginating forwards, the cursor to continue."</summary>
    public string? EndCursor => endCursor ?? last?.Cursor;
}

/// <summary>Signs the cursors of one page's edges, each when it is first read.</summary>
/// <param name="codec">The cursor codec.</param>
/// <param name="keys">The page's order.</param>
internal sealed class PageCursors(CursorCodec codec, IReadOnlyList<SortKey> keys)
{
    public string Encode(IKeyedRow row) => codec.Encode(keys, row.Keys(keys.Count));
}

/// <summary>"A segment of a collection." The value of an <c>XCollectionSegment</c> field.</summary>
/// <param name="Items">"A flattened list of the items."</param>
/// <param name="PageInfo">"Information to aid in pagination."</param>
/// <param name="TotalCount">The count of all items, when the client selected it.</param>
public sealed record CollectionSegment(IReadOnlyList<object?> Items, CollectionSegmentInfo PageInfo, int? TotalCount);

/// <summary>"Information about the offset pagination."</summary>
/// <param name="HasNextPage">"Indicates whether more items exist following the set defined by the clients arguments."</param>
/// <param name="HasPreviousPage">"Indicates whether more items exist prior the set defined by the clients arguments."</param>
public sealed record CollectionSegmentInfo(bool HasNextPage, bool HasPreviousPage);
