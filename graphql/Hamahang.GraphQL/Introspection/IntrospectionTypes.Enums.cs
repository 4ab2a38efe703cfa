using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Introspection;

/// <content>__TypeKind and __DirectiveLocation.</content>
public static partial class IntrospectionTypes
{
    private static EnumType CreateTypeKind()
    {
        var type = new EnumType("__TypeKind") { Description = "An enum describing what kind of type a given `__Type` is." };
        (TypeKind Kind, string Name, string Description)[] values =
        [
            (TypeKind.Scalar, "SCALAR", "Indicates this type is a scalar."),
            (TypeKind.Object, "OBJECT", "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
            (TypeKind.Interface, "INTERFACE", "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
            (TypeKind.Union, "UNION", "Indicates this type is a union. `possibleTypes` is a valid field."),
            (TypeKind.Enum, "ENUM", "Indicates this type is an enum. `enumValues` is a valid field."),
            (TypeKind.InputObject, "INPUT_OBJECT", "Indicates this type is an input object. `inputFields` is a valid field."),
            (TypeKind.List, "LIST", "Indicates this type is a list. `ofType` is a valid field."),
            (TypeKind.NonNull, "NON_NULL", "Indicates this type is a non-null. `ofType` is a valid field."),
        ];
        foreach (var (kind, name, description) in values)
        {
            type.AddValue(new EnumValueDefinition(name, kind) { Description = description });
        }

        return type;
    }

    private static EnumType CreateDirectiveLocation()
    {
        var type = new EnumType("__DirectiveLocation")
        {
            Description = "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.",
        };
        string[] descriptions =
        [
            "Location adjacent to a query operation.",
            "Location adjacent to a mutation operation.",
            "Location adjacent to a subscription operation.",
            "Location adjacent to a field.",
            "Location adjacent to a fragment definition.",
            "Location adjacent to a fragment spread.",
            "Location adjacent to an inline fragment.",
            "Location adjacent to an operation variable definition.",
            "Location adjacent to a fragment variable definition.",
            "Location adjacent to a schema definition.",
            "Location adjacent to a scalar definition.",
            "Location adjacent to an object type definition.",
            "Location adjacent to a field definition.",
            "Location adjacent to an argument definition.",
            "Location adjacent to an interface definition.",
            "Location adjacent to a union definition.",
            "Location adjacent to an enum definition.",
            "Location adjacent to an enum value definition.",
            "Location adjacent to an input object type definition.",
            "Location adjacent to an input object field definition.",
            "Location adjacent to a directive definition.",
        ];
        for (var i = 0; i < descriptions.Length; i++)
        {
            var location = (DirectiveLocation)i;
            type.AddValue(new EnumValueDefinition(location.ToString(), location) { Description = descriptions[i] });
        }

        return type;
    }
}
