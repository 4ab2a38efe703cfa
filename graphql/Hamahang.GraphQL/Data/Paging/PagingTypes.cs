using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Types.CodeFirst;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// Makes HotChocolate's paging types, with its names and descriptions: <c>XConnection { pageInfo edges nodes
/// totalCount? }</c> and <c>XEdge { cursor node }</c> named after the field alone, on a root type or any other
/// (<c>Track.sessions</c> is <c>SessionsConnection</c>, as HotChocolate names it), <c>PageInfo</c>, <c>XCollectionSegment { items pageInfo totalCount }</c> and
/// <c>CollectionSegmentInfo</c>. See https://relay.dev/graphql/connections.htm.
/// </summary>
public static class PagingTypes
{
    /// <summary>The name prefix for a paged field: <c>Foos</c> for <c>Query.foos</c> and for <c>Bar.foos</c>.</summary>
    /// <param name="context">The field convention's context.</param>
    public static string Prefix(FieldConventionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return char.ToUpperInvariant(context.Field.Name[0]) + context.Field.Name[1..];
    }

    /// <summary>The connection type of a field whose items are <paramref name="node"/>.</summary>
    /// <param name="context">The field convention's context.</param>
    /// <param name="node">The item type (with its nullability).</param>
    /// <param name="includeTotalCount">Whether the connection has <c>totalCount</c>.</param>
    public static ObjectType Connection(FieldConventionContext context, GraphQLType node, bool includeTotalCount)
    {
        var prefix = Prefix(context);
        var edge = context.GetOrAddType(prefix + "Edge", () => new ObjectType(prefix + "Edge") { Description = "An edge in a connection." }
            .With("cursor", new NonNullType(BuiltInScalars.String), "A cursor for use in pagination.", p => ((Edge)p!).Cursor)
            .With("node", node, "The item at the end of the edge.", p => ((Edge)p!).Node));
        var pageInfo = PageInfo(context);
        var type = context.GetOrAddType(prefix + "Connection", () =>
        {
            var connection = new ObjectType(prefix + "Connection") { Description = "A connection to a list of items." }
                .With("pageInfo", new NonNullType(pageInfo), "Information to aid in pagination.", p => ((Connection)p!).PageInfo)
                .With("edges", new ListType(new NonNullType(edge)), "A list of edges.", p => ((Connection)p!).Edges)
                .With("nodes", new ListType(node), "A flattened list of the nodes.", p => ((Connection)p!).Nodes);
            if (includeTotalCount)
            {
                connection.With(
                    "totalCount",
                    new NonNullType(BuiltInScalars.Int),
                    "Identifies the total count of items in the connection.",
                    p => ((Connection)p!).TotalCount);
                DataCosts.Cost(connection.GetField("totalCount")!, 10);
            }

            return connection;
        });

        if ((type.GetField("totalCount") is not null) != includeTotalCount)
        {
            throw new InvalidOperationException(
                $"{context.DeclaringType.Name}.{context.Field.Name} and another field named {context.Field.Name} share {type.Name} but only one of "
                + "them includes totalCount; set IncludeTotalCount alike on both.");
        }

        // Two fields of one name share their connection only when they page the same items (HotChocolate refuses the schema too).
        var nodes = type.GetField("nodes")!.Type;
        return nodes.ToString() == new ListType(node).ToString()
            ? type
            : throw new InvalidOperationException(
                $"{context.DeclaringType.Name}.{context.Field.Name} pages {node} but {type.Name} pages {((ListType)nodes).OfType}; rename one of the fields.");
    }

    /// <summary>The collection segment type of a field whose items are <paramref name="item"/>.</summary>
    /// <param name="context">The field convention's context.</param>
    /// <param name="item">The item type (with its nullability).</param>
    public static ObjectType CollectionSegment(FieldConventionContext context, GraphQLType item)
    {
        ArgumentNullException.ThrowIfNull(context);
        var info = context.GetOrAddType(
            "CollectionSegmentInfo",
            () => new ObjectType("CollectionSegmentInfo") { Description = "Information about the offset pagination." }
                .With(
                    "hasNextPage",
                    new NonNullType(BuiltInScalars.Boolean),
                    "Indicates whether more items exist following the set defined by the clients arguments.",
                    p => ((CollectionSegmentInfo)p!).HasNextPage)
                .With(
                    "hasPreviousPage",
                    new NonNullType(BuiltInScalars.Boolean),
                    "Indicates whether more items exist prior the set defined by the clients arguments.",
                    p => ((CollectionSegmentInfo)p!).HasPreviousPage));
        var name = Prefix(context) + "CollectionSegment";
        return context.GetOrAddType(name, () =>
        {
            var segment = new ObjectType(name) { Description = "A segment of a collection." }
                .With("pageInfo", new NonNullType(info), "Information to aid in pagination.", p => ((CollectionSegment)p!).PageInfo)
                .With("items", new ListType(item), "A flattened list of the items.", p => ((CollectionSegment)p!).Items)
                .With("totalCount", new NonNullType(BuiltInScalars.Int), null, p => ((CollectionSegment)p!).TotalCount);
            DataCosts.Cost(segment.GetField("totalCount")!, 10);
            return segment;
        });
    }

    private static ObjectType PageInfo(FieldConventionContext context) =>
        context.GetOrAddType("PageInfo", () => new ObjectType("PageInfo") { Description = "Information about pagination in a connection." }
            .With(
                "hasNextPage",
                new NonNullType(BuiltInScalars.Boolean),
                "Indicates whether more edges exist following the set defined by the clients arguments.",
                p => ((PageInfo)p!).HasNextPage)
            .With(
                "hasPreviousPage",
                new NonNullType(BuiltInScalars.Boolean),
                "Indicates whether more edges exist prior the set defined by the clients arguments.",
                p => ((PageInfo)p!).HasPreviousPage)
            .With("startCursor", BuiltInScalars.String, "When paginating backwards, the cursor to continue.", p => ((PageInfo)p!).StartCursor)
            .With("endCursor", BuiltInScalars.String, "When paginating forwards, the cursor to continue.", p => ((PageInfo)p!).EndCursor));

    private static ObjectType With(this ObjectType type, string name, GraphQLType fieldType, string? description, PureFieldResolver resolver)
    {
        type.AddField(new FieldDefinition(name, fieldType) { Description = description, PureResolver = resolver });
        return type;
    }
}
