using System.Collections;
using Hamahang.GraphQL.Introspection;
using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Types;

/// <content>Possible types, sub-types, abstract type resolution and field lookup.</content>
public sealed partial class Schema
{
    /// <summary>
    /// The object types an abstract type may be at runtime: a union's members, or the objects
    /// implementing an interface. See https://spec.graphql.org/September2025/#GetPossibleTypes().
    /// </summary>
    /// <param name="abstractType">An interface or union.</param>
    public IReadOnlyList<ObjectType> GetPossibleTypes(GraphQLNamedType abstractType)
    {
        ArgumentNullException.ThrowIfNull(abstractType);
        return _possibleTypes.TryGetValue(abstractType, out var types) ? types : [];
    }

    /// <summary>
    /// The root type of <paramref name="operation"/> operations, or null when the schema has none
    /// (https://spec.graphql.org/September2025/#sec-Root-Operation-Types).
    /// </summary>
    /// <param name="operation">The operation type.</param>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>The object and interface types that declare they implement <paramref name="interfaceType"/>.</summary>
    /// <param name="interfaceType">An interface.</param>
    public (IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces) GetImplementations(InterfaceType interfaceType)
    {
        ArgumentNullException.ThrowIfNull(interfaceType);
        return _implementations.TryGetValue(interfaceType.Name, out var implementations)
            ? (implementations.Objects, implementations.Interfaces)
            : ([], []);
    }

    /// <summary>
    /// True when <paramref name="maybeSubType"/> is a member of the union, or implements the interface
    /// (graphql-js <c>isSubType</c>).
    /// </summary>
    /// <param name="abstractType">An interface or union.</param>
    /// <param name="maybeSubType">An object or interface type.</param>
    public bool IsSubType(GraphQLNamedType abstractType, GraphQLNamedType maybeSubType) =>
        _subTypes.TryGetValue(abstractType, out var set) && set.Contains(maybeSubType);

    /// <summary>Computes possible types and sub-type sets once, when the schema is created.</summary>
    private void IndexAbstractTypes()
    {
        foreach (var type in _types.Values)
        {
            switch (type)
            {
                case UnionType union:
                    _possibleTypes[union] = union.Types.OfType<ObjectType>().ToList();
                    _subTypes[union] = [.. union.Types];
                    break;
                case InterfaceType iface:
                    var (objects, interfaces) = GetImplementations(iface);
                    _possibleTypes[iface] = objects;
                    _subTypes[iface] = [.. objects, .. interfaces];
                    break;
            }
        }
    }

    /// <summary>
    /// The field <paramref name="fieldName"/> of <paramref name="parentType"/>, including the meta-fields
    /// <c>__typename</c> (everywhere) and <c>__schema</c>, <c>__type</c> (on the query root).
    /// See https://spec.graphql.org/September2025/#sec-Type-Name-Introspection.
    /// </summary>
    /// <param name="parentType">An object, interface or union type.</param>
    /// <param name="fieldName">The field's name.</param>
    public FieldDefinition? GetField(GraphQLNamedType parentType, string fieldName)
    {
        switch (fieldName)
        {
            case "__schema":
                return ReferenceEquals(parentType, QueryRoot) ? IntrospectionTypes.SchemaMetaField : null;
            case "__type":
                return ReferenceEquals(parentType, QueryRoot) ? IntrospectionTypes.TypeMetaField : null;
            case "__typename":
                return IntrospectionTypes.TypeNameMetaField;
            default:
                return (parentType as ComplexType)?.GetField(fieldName);
        }
    }

    /// <summary>
    /// Picks the object type of <paramref name="value"/> for an interface or union
    /// (https://spec.graphql.org/September2025/#ResolveAbstractType()): the type's own resolver, else a
    /// <c>__typename</c> entry of a dictionary value, else the value's CLR type, else the first possible
    /// type whose <see cref="ObjectType.IsTypeOf"/> accepts it. Null when none fits.
    /// </summary>
    /// <param name="abstractType">The interface or union.</param>
    /// <param name="value">The resolved value.</param>
    public ObjectType? ResolveAbstractType(GraphQLNamedType abstractType, object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var resolver = abstractType switch
        {
            InterfaceType iface => iface.ResolveType,
            UnionType union => union.ResolveType,
            _ => null,
        };
        if (resolver is not null)
        {
            return resolver(value, this);
        }

        var typeName = value switch
        {
            IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault("__typename") as string,
            IDictionary map => map.Contains("__typename") ? map["__typename"] as string : null,
            _ => null,
        };
        if (typeName is not null)
        {
            return GetType(typeName) as ObjectType;
        }

        var byClr = GetObjectTypeByRuntimeType(value.GetType());
        if (byClr is not null && IsSubType(abstractType, byClr))
        {
            return byClr;
        }

        foreach (var candidate in GetPossibleTypes(abstractType))
        {
            if (candidate.IsTypeOf?.Invoke(value) == true)
            {
                return candidate;
            }
        }

        return null;
    }
}
