using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Introspection;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Utilities;

/// <summary>
/// Prints a schema as SDL, exactly as graphql-js 17's <c>printSchema</c> does: the schema definition only
/// when the roots are not conventionally named (or there is a description), then custom directives, then
/// every type except the specified scalars and introspection types, in type map order, separated by a blank
/// line. See https://spec.graphql.org/September2025/#sec-Type-System.
/// </summary>
public static class SchemaPrinter
{
    /// <summary>The SDL of <paramref name="schema"/>.</summary>
    /// <param name="schema">The schema.</param>
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        parts.AddRange(schema.Directives.Where(d => !SpecifiedDirectives.IsSpecified(d.Name)).Select(PrintDirective));
        parts.AddRange(schema.Types
            .Where(t => !BuiltInScalars.IsSpecified(t.Name) && !IntrospectionTypes.IsIntrospectionType(t.Name))
            .Select(PrintType));
        return string.Join("\n\n", parts.Where(p => p.Length > 0));
    }

    /// <summary>The SDL definition of one named type.</summary>
    /// <param name="type">The type.</param>
    public static string PrintType(GraphQLNamedType type) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedBy(scalar),
        ObjectType obj => Description(obj.Description) + "type " + obj.Name + Implements(obj) + Fields(obj),
        InterfaceType iface => Description(iface.Description) + "interface " + iface.Name + Implements(iface) + Fields(iface),
        UnionType union => Description(union.Description) + "union " + union.Name + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
        EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name
            + Block(enumType.Values.Select((v, i) => Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty)
            + Block(input.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
        _ => throw new ArgumentException($"Unexpected type: {type}.", nameof(type)),
    };

    /// <summary>The SDL definition of a directive.</summary>
    /// <param name="directive">The directive.</param>
    public static string PrintDirective(DirectiveDefinition directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        return Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments)
            + Deprecated(directive.DeprecationReason) + (directive.IsRepeatable ? " repeatable" : string.Empty)
            + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToString()));
    }

    private static string? PrintSchemaDefinition(Schema schema)
    {
        if (schema.QueryRoot is null && schema.MutationRoot is null && schema.SubscriptionRoot is null)
        {
            return null;
        }

        var conventional = ReferenceEquals(schema.QueryRoot, schema.GetType("Query"))
            && ReferenceEquals(schema.MutationRoot, schema.GetType("Mutation"))
            && ReferenceEquals(schema.SubscriptionRoot, schema.GetType("Subscription"));
        if (schema.Description is null && conventional)
        {
            return null;
        }

        return Description(schema.Description) + "schema {\n"
            + (schema.QueryRoot is { } query ? $"  query: {query.Name}\n" : string.Empty)
            + (schema.MutationRoot is { } mutation ? $"  mutation: {mutation.Name}\n" : string.Empty)
            + (schema.SubscriptionRoot is { } subscription ? $"  subscription: {subscription.Name}\n" : string.Empty)
            + "}";
    }

    private static string Implements(ComplexType type) =>
        type.DeclaredInterfaces.Count > 0 ? " implements " + string.Join(" & ", type.DeclaredInterfaces.Select(i => i.Name)) : string.Empty;

    private static string Fields(ComplexType type) => Block(type.Fields.Select((f, i) =>
        Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count != 0 ? " {\n" + string.Join("\n", list) + "\n}" : string.Empty;
    }

    private static string Arguments(IReadOnlyList<ArgumentDefinition> arguments, string indentation = "")
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        if (arguments.All(a => a.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        return "(\n" + string.Join("\n", arguments.Select((a, i) => Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a)))
            + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition value)
    {
        var declaration = value.Name + ": " + value.Type;
        if (DefaultValues.Print(value) is { } defaultValue)
        {
            declaration += " = " + defaultValue;
        }

        return declaration + Deprecated(value.DeprecationReason);
    }

    private static string Deprecated(string? reason) => reason switch
    {
        null => string.Empty,
        SpecifiedDirectives.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + DefaultValues.PrintString(reason) + ")",
    };

    private static string SpecifiedBy(ScalarType scalar) =>
        scalar.SpecifiedByUrl is { } url ? " @specifiedBy(url: " + DefaultValues.PrintString(url) + ")" : string.Empty;

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var text = BlockStrings.IsPrintableAsBlockString(description) ? BlockStrings.Print(description) : DefaultValues.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + text.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
