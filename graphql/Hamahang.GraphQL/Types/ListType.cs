namespace Hamahang.GraphQL.Types;

/// <summary>
/// A list of another type. "A GraphQL list is a special collection type which declares the type of
/// each item in the List." See https://spec.graphql.org/September2025/#sec-List.
/// </summary>
/// <param name="ofType">The type of each item.</param>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    /// <summary>The type of each item.</summary>
    public GraphQLType OfType { get; } = ofType ?? throw new ArgumentNullException(nameof(ofType));

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.List;

    /// <inheritdoc />
    public override GraphQLNamedType NamedType => OfType.NamedType;

    /// <inheritdoc />
    public override string ToString() => "[" + OfType + "]";
}
