using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Types;

/// <content>Object and interface fields, implemented interfaces, union members and enum values.</content>
public static partial class SchemaValidator
{
    private static void ValidateFields(Context context, ComplexType type)
    {
        if (type.Fields.Count == 0)
        {
            context.Report($"Type {type} must define one or more fields.", type.SyntaxNode);
        }

        foreach (var field in type.Fields)
        {
            ValidateName(context, field.Name, field.SyntaxNode);
            if (!field.Type.IsOutputType)
            {
                context.Report($"The type of {field} must be Output Type but got: {field.Type}.", field.SyntaxNode);
            }

            foreach (var argument in field.Arguments)
            {
                ValidateArgument(context, argument);
            }
        }
    }

    private static void ValidateInterfaces(Context context, ComplexType type)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.DeclaredInterfaces)
        {
            if (iface is not InterfaceType interfaceType)
            {
                context.Report($"Type {type} must only implement Interface types, it cannot implement {iface}.");
                continue;
            }

            if (ReferenceEquals(type, iface))
            {
                context.Report($"Type {type} cannot implement itself because it would create a circular reference.");
                continue;
            }

            if (!names.Add(iface.Name))
            {
                context.Report($"Type {type} can only implement {iface} once.");
                continue;
            }

            ValidateTypeImplementsAncestors(context, type, interfaceType);
            ValidateTypeImplementsInterface(context, type, interfaceType);
        }
    }

    private static void ValidateTypeImplementsInterface(Context context, ComplexType type, InterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var typeField = type.GetField(ifaceField.Name);
            if (typeField is null)
            {
                context.Report($"Interface field {ifaceField} expected but {type} does not provide it.", ifaceField.SyntaxNode, type.SyntaxNode);
                continue;
            }

            if (!TypeComparators.IsTypeSubTypeOf(context.Schema, typeField.Type, ifaceField.Type))
            {
                context.Report(
                    $"Interface field {ifaceField} expects type {ifaceField.Type} but {typeField} is type {typeField.Type}.",
                    ifaceField.SyntaxNode,
                    typeField.SyntaxNode);
            }

            foreach (var ifaceArg in ifaceField.Arguments)
            {
                var typeArg = typeField.GetArgument(ifaceArg.Name);
                if (typeArg is null)
                {
                    context.Report(
                        $"Interface field argument {ifaceArg} expected but {typeField} does not provide it.",
                        ifaceArg.SyntaxNode,
                        typeField.SyntaxNode);
                    continue;
                }

                if (!GraphQLType.AreEqual(ifaceArg.Type, typeArg.Type))
                {
                    context.Report(
                        $"Interface field argument {ifaceArg} expects type {ifaceArg.Type} but {typeArg} is type {typeArg.Type}.",
                        ifaceArg.SyntaxNode,
                        typeArg.SyntaxNode);
                }
            }

            foreach (var typeArg in typeField.Arguments)
            {
                if (typeArg.IsRequired && ifaceField.GetArgument(typeArg.Name) is null)
                {
                    context.Report(
                        $"Argument \"{typeArg}\" must not be required type \"{typeArg.Type}\" if not provided by the Interface field \"{ifaceField}\".",
                        typeArg.SyntaxNode,
                        ifaceField.SyntaxNode);
                }
            }

            if (typeField.DeprecationReason is not null && ifaceField.DeprecationReason is null)
            {
                context.Report(
                    $"Interface field {iface.Name}.{ifaceField.Name} is not deprecated, so implementation field {type.Name}.{typeField.Name} must not be " +
                        "deprecated.",
                    typeField.SyntaxNode);
            }
        }
    }

    private static void ValidateTypeImplementsAncestors(Context context, ComplexType type, InterfaceType iface)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.DeclaredInterfaces.Contains(transitive))
            {
                context.Report(ReferenceEquals(transitive, type)
                    ? $"Type {type} cannot implement {iface} because it would create a circular reference."
                    : $"Type {type} must implement {transitive} because it is implemented by {iface}.");
            }
        }
    }

    private static void ValidateUnionMembers(Context context, UnionType union)
    {
        if (union.Types.Count == 0)
        {
            context.Report($"Union type {union} must define one or more member types.", union.SyntaxNode);
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!names.Add(member.Name))
            {
                context.Report($"Union type {union} can only include type {member} once.");
                continue;
            }

            if (member is not ObjectType)
            {
                context.Report($"Union type {union} can only include Object types, it cannot include {member}.");
            }
        }
    }

    private static void ValidateEnumValues(Context context, EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            context.Report($"Enum type {enumType} must define one or more values.", enumType.SyntaxNode);
        }

        foreach (var value in enumType.Values)
        {
            ValidateName(context, value.Name, value.SyntaxNode);
        }
    }
}
