using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Introspection;

/// <content>__Type.</content>
public static partial class IntrospectionTypes
{
    private static void DefineType()
    {
        Type.Description =
            "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\n" +
            "Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, " +
            "description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. " +
            "Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.";
        Add(Type, "kind", new NonNullType(TypeKindEnum), t => ((GraphQLType)t!).Kind);
        Add(Type, "name", StringType, t => (t as GraphQLNamedType)?.Name);
        Add(Type, "description", StringType, t => (t as GraphQLNamedType)?.Description);
        Add(Type, "specifiedByURL", StringType, t => (t as ScalarType)?.SpecifiedByUrl);
        AddFiltered(Type, "fields", ListOf(Field), t => (t as ComplexType)?.Fields);
        Add(Type, "interfaces", ListOf(Type), t => (t as ComplexType)?.Interfaces);
        Type.AddField(new FieldDefinition("possibleTypes", ListOf(Type))
        {
            Resolver = context => ValueTask.FromResult<object?>(
                context.Parent is GraphQLNamedType { IsAbstractType: true } abstractType ? context.Schema.GetPossibleTypes(abstractType) : null),
        });
        AddFiltered(Type, "enumValues", ListOf(EnumValue), t => (t as EnumType)?.Values);
        AddFiltered(Type, "inputFields", ListOf(InputValue), t => (t as InputObjectType)?.Fields);
        Add(Type, "ofType", Type, t => t switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        });
        Add(Type, "isOneOf", BooleanType, t => t is InputObjectType input ? input.IsOneOf : null);
    }
}
