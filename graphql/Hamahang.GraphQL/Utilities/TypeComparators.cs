using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Utilities;

/// <summary>
/// How two types relate, as graphql-js's <c>utilities/typeComparators</c> says it: used by the schema's own validation
/// (an implementation's field types) and by the document's (variable positions, fragment spreads).
/// </summary>
public static class TypeComparators
{
    /// <summary>
    /// graphql-js <c>isTypeSubTypeOf</c>: whether a value of <paramref name="maybeSubType"/> can stand where
    /// <paramref name="superType"/> is expected ("IsValidImplementationFieldType",
    /// https://spec.graphql.org/September2025/#IsValidImplementationFieldType(), and "AreTypesCompatible" for variables).
    /// </summary>
    /// <param name="schema">The schema.</param>
    /// <param name="maybeSubType">The narrower type.</param>
    /// <param name="superType">The wider type.</param>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        return maybeSubType is not ListType
            && superType.IsAbstractType
            && maybeSubType is InterfaceType or ObjectType
            && schema.IsSubType((GraphQLNamedType)superType, (GraphQLNamedType)maybeSubType);
    }

    /// <summary>graphql-js <c>doTypesOverlap</c>: whether some object type belongs to both composite types.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="typeA">One composite type.</param>
    /// <param name="typeB">The other composite type.</param>
    public static bool DoTypesOverlap(Schema schema, GraphQLNamedType typeA, GraphQLNamedType typeB)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA.IsAbstractType)
        {
            return typeB.IsAbstractType
                ? schema.GetPossibleTypes(typeA).Any(type => schema.IsSubType(typeB, type))
                : schema.IsSubType(typeA, typeB);
        }

        return typeB.IsAbstractType && schema.IsSubType(typeB, typeA);
    }
}
