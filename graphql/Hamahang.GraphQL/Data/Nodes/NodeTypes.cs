using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Types.CodeFirst;

namespace Hamahang.GraphQL.Data;

/// <summary>HotChocolate's global object identification types: <c>interface Node</c>, <c>node(id:)</c> and <c>nodes(ids:)</c>.</summary>
public static class NodeTypes
{
    /// <summary>The most ids <c>nodes(ids:)</c> takes.</summary>
    public const int MaxIds = 50;

    /// <summary><c>interface Node { id: ID! }</c>, created on first use.</summary>
    /// <param name="context">The field convention's context.</param>
    public static InterfaceType Interface(FieldConventionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetOrAddType("Node", () =>
        {
            var node = new InterfaceType("Node") { Description = "The node interface is implemented by entities that have a global unique identifier." };
            node.AddField(new FieldDefinition("id", new NonNullType(BuiltInScalars.ID)));
            return node;
        });
    }

    /// <summary>Loads the object an id names, or null when there is none.</summary>
    /// <param name="context">The resolver context (schema, services, cancellation).</param>
    /// <param name="id">The client's id.</param>
    public static async ValueTask<object?> LoadAsync(IResolverContext context, string id)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (typeName, key) = NodeId.Decode(id);
        if (context.Schema.GetType(typeName) is not ObjectType { } type || type.Metadata.GetValueOrDefault(NodeIdAttribute.MetadataKey) is not NodeType node)
        {
            throw NodeId.Invalid(id);
        }

        var loader = context.Services.GetService(typeof(INodeLoader)) as INodeLoader
            ?? throw new InvalidOperationException("No INodeLoader is registered.");
        return await loader.LoadAsync(
            node.EntityType,
            node.Key,
            NodeId.ParseKey(id, key, node.Key.PropertyType),
            context.Services,
            context.RequestAborted).ConfigureAwait(false);
    }
}
