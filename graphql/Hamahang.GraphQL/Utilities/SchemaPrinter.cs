using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Introspection;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Utilities;

/// <summary>
/// Prints a schema as SDL, exactly as graphql-js 17's <c>printSchema</c> does: the schema definition only
/// when the roots are not conventionally named (or there is a description), then custom directives, then
/// every type except the specified scalars and introspection types, in type map order, separated by a blank
/// line. See https://spec.graphql.org/September2025/#sec-Type-System. A schema whose
/// <see cref="Schema.PrintsAppliedDirectives"/> is set also shows the directives applied to its members, in
/// HotChocolate's way (<c>@listSize(...) @cost(weight: "10")</c> after a field's type, the arguments in the definition's
/// order); the layout stays graphql-js's.
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

        var applied = schema.PrintsAppliedDirectives ? new AppliedDirectivePrinter(schema) : AppliedDirectivePrinter.None;
        parts.AddRange(schema.Directives.Where(d => !SpecifiedDirectives.IsSpecified(d.Name)).Select(PrintDirective));
        parts.AddRange(schema.Types
            .Where(t => !BuiltInScalars.IsSpecified(t.Name) && !IntrospectionTypes.IsIntrospectionType(t.Name))
            .Select(t => PrintType(t, applied)));
        return string.Join("\n\n", parts.Where(p => p.Length > 0));
    }

    /// <summary>The SDL definition of one named type.</summary>
    /// <param name="type">The type.</param>
    public static string PrintType(GraphQLNamedType type) => PrintType(type, AppliedDirectivePrinter.None);

    private static string PrintType(GraphQLNamedType type, AppliedDirectivePrinter applied) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedBy(scalar) + applied.Print(scalar.AppliedDirectives),
        ObjectType obj => Description(obj.Description) + "type " + obj.Name + Implements(obj) + applied.Print(obj.AppliedDirectives)
            + Fields(obj, applied),
        InterfaceType iface => Description(iface.Description) + "interface " + iface.Name + Implements(iface) + applied.Print(iface.AppliedDirectives)
            + Fields(iface, applied),
        UnionType union => Description(union.Description) + "union " + union.Name + applied.Print(union.AppliedDirectives)
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
        EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name + applied.Print(enumType.AppliedDirectives)
            + Block(enumType.Values.Select((v, i) =>
                Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason) + applied.Print(v.AppliedDirectives))),
        InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty)
            + applied.Print(input.AppliedDirectives)
            + Block(input.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f, applied))),
        _ => throw new ArgumentException($"Unexpected type: {type}.", nameof(type)),
    };

    /// <summary>The SDL definition of a directive.</summary>
    /// <param name="directive">The directive.</param>
    public static string PrintDirective(DirectiveDefinition directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        return Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments, AppliedDirectivePrinter.None)
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

    private static string Fields(ComplexType type, AppliedDirectivePrinter applied) => Block(type.Fields.Select((f, i) =>
        Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, applied, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason)
        + applied.Print(f.AppliedDirectives)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count != 0 ? " {\n" + string.Join("\n", list) + "\n}" : string.Empty;
    }

    private static string Arguments(IReadOnlyList<ArgumentDefinition> arguments, AppliedDirectivePrinter applied, string indentation = "")
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        if (arguments.All(a => a.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(a => InputValue(a, applied))) + ")";
        }

        var lines = arguments.Select((a, i) => Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a, applied));
        return "(\n" + string.Join("\n", lines) + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition value, AppliedDirectivePrinter applied)
    {
        var declaration = value.Name + ": " + value.Type;
        if (DefaultValues.Print(value) is { } defaultValue)
        {
            declaration += " = " + defaultValue;
        }

        return declaration + Deprecated(value.DeprecationReason) + applied.Print(value.AppliedDirectives);
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
