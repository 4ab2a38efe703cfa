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
    public IReadOnlyList<object?> Nodes { get; } = edges.Select(e => e.Node).ToList();

    /// <summary>"Information to aid in pagination."</summary>
    public PageInfo PageInfo { get; } = pageInfo;

    /// <summary>"Identifies the total count of items in the connection." Null when not selected.</summary>
    public int? TotalCount { get; } = totalCount;
}

/// <summary>"An edge in a connection."</summary>
/// <param name="Cursor">"A cursor for use in pagination."</param>
/// <param name="Node">"The item at the end of the edge."</param>
public sealed record Edge(string Cursor, object? Node);

/// <summary>"Information about pagination in a connection."</summary>
/// <param name="HasNextPage">"Indicates whether more edges exist following the set defined by the clients arguments."</param>
/// <param name="HasPreviousPage">"Indicates whether more edges exist prior the set defined by the clients arguments."</param>
/// <param name="StartCursor">"When paginating backwards, the cursor to continue."</param>
/// <param name="EndCursor">"When paginating forwards, the cursor to continue."</param>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>"A segment of a collection." The value of an <c>XCollectionSegment</c> field.</summary>
/// <param name="Items">"A flattened list of the items."</param>
/// <param name="PageInfo">"Information to aid in pagination."</param>
/// <param name="TotalCount">The count of all items, when the client selected it.</param>
public sealed record CollectionSegment(IReadOnlyList<object?> Items, CollectionSegmentInfo PageInfo, int? TotalCount);

/// <summary>"Information about the offset pagination."</summary>
/// <param name="HasNextPage">"Indicates whether more items exist following the set defined by the clients arguments."</param>
/// <param name="HasPreviousPage">"Indicates whether more items exist prior the set defined by the clients arguments."</param>
public sealed record CollectionSegmentInfo(bool HasNextPage, bool HasPreviousPage);
