namespace Hamahang.GraphQL.Types;

/// <summary>
/// Any GraphQL type: a named type, or a <see cref="ListType"/> or <see cref="NonNullType"/> wrapping one.
/// "GraphQL Types are the fundamental unit of any GraphQL schema." See
/// https://spec.graphql.org/September2025/#sec-Types.
/// </summary>
public abstract class GraphQLType
{
    /// <summary>What kind of type this is, as introspection's <c>__TypeKind</c> names it.</summary>
    public abstract TypeKind Kind { get; }

    /// <summary>The type with every list and non-null wrapper removed (https://spec.graphql.org/September2025/#sec-Wrapping-Types).</summary>
    public abstract GraphQLNamedType NamedType { get; }

    /// <summary>
    /// True for scalars, enums, input objects and lists or non-nulls of them
    /// (https://spec.graphql.org/September2025/#sec-Input-and-Output-Types).
    /// </summary>
    public bool IsInputType => NamedType is ScalarType or EnumType or InputObjectType;

    /// <summary>
    /// True for scalars, objects, interfaces, unions, enums and wrappers of them
    /// (https://spec.graphql.org/September2025/#sec-Input-and-Output-Types).
    /// </summary>
    public bool IsOutputType => NamedType is ScalarType or ObjectType or InterfaceType or UnionType or EnumType;

    /// <summary>True for scalars and enums: the leaves of a response (https://spec.graphql.org/September2025/#sec-Leaf-Field-Selections).</summary>
    public bool IsLeafType => this is ScalarType or EnumType;

    /// <summary>True for interfaces and unions, whose runtime type is one of several object types.</summary>
    public bool IsAbstractType => this is InterfaceType or UnionType;

    /// <summary>The type with one outer non-null wrapper removed, if any.</summary>
    public GraphQLType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;

    /// <summary>The type as SDL writes a reference to it: <c>[String!]!</c>.</summary>
    public abstract override string ToString();

    /// <summary>
    /// Whether two type references are the same type: the same named type, wrapped the same way
    /// (graphql-js <c>isEqualType</c>).
    /// </summary>
    public static bool AreEqual(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        (NonNullType x, NonNullType y) => AreEqual(x.OfType, y.OfType),
        (ListType x, ListType y) => AreEqual(x.OfType, y.OfType),
        _ => ReferenceEquals(a, b),
    };
}
