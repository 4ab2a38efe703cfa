namespace Hamahang.GraphQL.Types;

/// <summary>
/// A union: "one of a list of GraphQL Object types, but provides for no guaranteed fields between
/// those types". See https://spec.graphql.org/September2025/#sec-Unions.
/// </summary>
/// <param name="name">The type's name.</param>
public sealed class UnionType(string name) : GraphQLNamedType(name)
{
    private readonly List<GraphQLNamedType> _types = [];
    private Func<object, Schema, ObjectType?>? _resolveType;

    /// <summary>
    /// The member types, in definition order. They must be object types; anything else is kept so
    /// schema validation can report it.
    /// </summary>
    public IReadOnlyList<GraphQLNamedType> Types => _types;

    /// <summary>Picks the object type of a runtime value; see <see cref="InterfaceType.ResolveType"/>.</summary>
    public Func<object, Schema, ObjectType?>? ResolveType
    {
        get => _resolveType;
        set
        {
            ThrowIfFrozen();
            _resolveType = value;
        }
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Union;

    /// <summary>Adds a member type.</summary>
    /// <param name="type">The member (an object type, for a valid schema).</param>
    public void AddType(GraphQLNamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        ThrowIfFrozen();
        _types.Add(type);
    }
}
