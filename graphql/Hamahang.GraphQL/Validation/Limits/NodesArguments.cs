using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Validation.Limits;

/// <summary>
/// Which list arguments <see cref="RequestLimits.MaxNodesIds"/> limits: the schema coordinates of
/// <see cref="RequestLimits.NodesArguments"/> (<c>Type.field(argument:)</c>) and the fields whose metadata
/// holds <see cref="RequestLimits.NodesArgumentMetadataKey"/>.
/// </summary>
internal sealed class NodesArguments
{
    private readonly Dictionary<(string Type, string Field), string> _coordinates = [];

    public NodesArguments(IReadOnlyList<string> coordinates)
    {
        foreach (var coordinate in coordinates)
        {
            var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
            var open = coordinate.IndexOf('(', StringComparison.Ordinal);
            if (dot > 0 && open > dot && coordinate.EndsWith(":)", StringComparison.Ordinal))
            {
                _coordinates[(coordinate[..dot], coordinate[(dot + 1)..open])] = coordinate[(open + 1)..^2];
            }
            else
            {
                throw new ArgumentException($"\"{coordinate}\" is not an argument coordinate such as \"Query.nodes(ids:)\".", nameof(coordinates));
            }
        }
    }

    /// <summary>The name of the limited argument of <paramref name="field"/> selected on <paramref name="parentType"/>, or null.</summary>
    public string? ArgumentOf(GraphQLNamedType parentType, FieldDefinition field) =>
        field.Metadata.TryGetValue(RequestLimits.NodesArgumentMetadataKey, out var name) && name is string argument
            ? argument
            : _coordinates.GetValueOrDefault((parentType.Name, field.Name));
}
