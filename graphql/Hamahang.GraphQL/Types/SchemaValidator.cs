using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Introspection;
using static Hamahang.GraphQL.Utilities.SuggestionList;

namespace Hamahang.GraphQL.Types;

/// <summary>
/// The type system's validation rules: root types, directives, names, fields, interfaces, unions, enums
/// and input objects, with graphql-js's <c>validateSchema</c> messages and order.
/// See https://spec.graphql.org/September2025/#sec-Schema and the "Type Validation" sub-sections of
/// https://spec.graphql.org/September2025/#sec-Types.
/// </summary>
public static partial class SchemaValidator
{
    /// <summary>Validates <paramref name="schema"/> and returns every error found (none for a valid schema).</summary>
    /// <param name="schema">The schema.</param>
    public static IReadOnlyList<SchemaError> Validate(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var context = new Context(schema);
        ValidateRootTypes(context);
        ValidateDirectives(context);
        ValidateTypes(context);
        return context.Errors;
    }

    private static void ValidateRootTypes(Context context)
    {
        var schema = context.Schema;
        if (schema.QueryRoot is null)
        {
            context.Report("Query root type must be provided.", schema.SyntaxNode);
        }

        var byRoot = new List<(GraphQLNamedType Type, List<string> Operations)>();
        foreach (var (operation, root) in new[] { ("query", schema.QueryRoot), ("mutation", schema.MutationRoot), ("subscription", schema.SubscriptionRoot) })
        {
            if (root is null)
            {
                continue;
            }

            if (root is not ObjectType)
            {
                var title = char.ToUpperInvariant(operation[0]) + operation[1..];
                context.Report(
                    operation == "query"
                        ? $"{title} root type must be Object type, it cannot be {root}."
                        : $"{title} root type must be Object type if provided, it cannot be {root}.",
                    root.SyntaxNode);
                continue;
            }

            var entry = byRoot.Find(e => ReferenceEquals(e.Type, root));
            if (entry.Type is null)
            {
                byRoot.Add((root, [operation]));
            }
            else
            {
                entry.Operations.Add(operation);
            }
        }

        foreach (var (type, operations) in byRoot)
        {
            if (operations.Count > 1)
            {
                context.Report($"All root types must be different, \"{type}\" type is used as {AndList(operations)} root types.");
            }
        }
    }

    private static void ValidateDirectives(Context context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            ValidateName(context, directive.Name, directive.SyntaxNode);
            if (directive.Locations.Count == 0)
            {
                context.Report($"Directive {directive} must include 1 or more locations.", directive.SyntaxNode);
            }

            foreach (var argument in directive.Arguments)
            {
                ValidateArgument(context, argument);
            }
        }
    }

    private static void ValidateArgument(Context context, ArgumentDefinition argument)
    {
        ValidateName(context, argument.Name, argument.SyntaxNode);
        if (!argument.Type.IsInputType)
        {
            context.Report($"The type of {argument} must be Input Type but got: {argument.Type}.", argument.SyntaxNode);
        }

        if (argument.IsRequired && argument.DeprecationReason is not null)
        {
            context.Report($"Required argument {argument} cannot be deprecated.", argument.SyntaxNode);
        }

        ValidateDefaultValue(context, argument);
    }

    private static void ValidateName(Context context, string name, SyntaxNode? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            context.Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }
    }

    private static void ValidateTypes(Context context)
    {
        var inputObjects = new List<InputObjectType>();
        var defaultCycles = new DefaultValueCycleDetector(context);
        foreach (var type in context.Schema.Types)
        {
            if (!IntrospectionTypes.IsIntrospectionType(type.Name))
            {
                ValidateName(context, type.Name, type.SyntaxNode);
            }

            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(context, complex);
                    ValidateInterfaces(context, complex);
                    break;
                case UnionType union:
                    ValidateUnionMembers(context, union);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(context, enumType);
                    break;
                case InputObjectType input:
                    ValidateInputFields(context, input);
                    inputObjects.Add(input);
                    defaultCycles.Check(input);
                    break;
            }
        }

        DetectNonFiniteInputObjects(context, inputObjects);
    }

    /// <summary>Collects errors while the rules run.</summary>
    /// <param name="schema">The schema validated.</param>
    private sealed class Context(Schema schema)
    {
        public Schema Schema { get; } = schema;

        public List<SchemaError> Errors { get; } = [];

        public void Report(string message, params SyntaxNode?[] nodes) =>
            Errors.Add(new SchemaError(message, nodes.OfType<SyntaxNode>().ToList()));
    }
}
