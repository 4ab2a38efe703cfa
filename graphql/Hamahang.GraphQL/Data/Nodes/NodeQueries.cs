using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// <c>node(id: ID!): Node</c> and <c>nodes(ids: [ID!]!): [Node]!</c> on the query type (HotChocolate's
/// <c>AddGlobalObjectIdentification</c>); add with <c>SchemaBuilder.AddType(typeof(NodeQueries))</c>.
/// </summary>
[QueryType]
public static class NodeQueries
{
    /// <summary>Fetches an object given its ID.</summary>
    /// <param name="id">ID of the object.</param>
    /// <param name="context">The resolver context.</param>
    [NodeField]
    [GraphQLType("ID")]
    [GraphQLDescription("Fetches an object given its ID.")]
    public static ValueTask<object?> Node([ID][GraphQLDescription("ID of the object.")] string id, IResolverContext context) =>
        NodeTypes.LoadAsync(context, id);

    /// <summary>Lookup nodes by a list of IDs.</summary>
    /// <param name="ids">The list of node IDs.</param>
    /// <param name="context">The resolver context.</param>
    [NodeField(list: true)]
    [GraphQLType("[ID]!")]
    [GraphQLDescription("Lookup nodes by a list of IDs.")]
    public static async Task<List<object?>> Nodes([ID][GraphQLDescription("The list of node IDs.")] string[] ids, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Length > NodeTypes.MaxIds)
        {
            throw new DataException($"\"nodes\" takes at most {NodeTypes.MaxIds} ids.", ErrorCodes.FetchedTooManyNodesAtOnce);
        }

        var results = new List<object?>(ids.Length);
        foreach (var id in ids)
        {
            results.Add(await NodeTypes.LoadAsync(context, id).ConfigureAwait(false));
        }

        return results;
    }
}
