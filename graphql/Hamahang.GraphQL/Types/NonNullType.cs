namespace Hamahang.GraphQL.Types;

/// <summary>
/// A non-null wrapper. "The Non-Null type wraps an underlying type, and this type acts identically
/// to that wrapped type, with the exception that null is not a valid response for the wrapping type."
/// See https://spec.graphql.org/September2025/#sec-Non-Null.
/// </summary>
public sealed class NonNullType : GraphQLType
{
    /// <summary>Wraps <paramref name="ofType"/>, which must not itself be non-null.</summary>
    /// <param name="ofType">The nullable type wrapped.</param>
    public NonNullType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"Expected {ofType} to be a GraphQL nullable type.", nameof(ofType));
        }

        OfType = ofType;
    }

    /// <summary>The nullable type wrapped.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.NonNull;

    /// <inheritdoc />
    public override GraphQLNamedType NamedType => OfType.NamedType;

    /// <inheritdoc />
    public override string ToString() => OfType + "!";
}
