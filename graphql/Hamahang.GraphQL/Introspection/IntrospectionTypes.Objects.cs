using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Introspection;

/// <content>__Schema, __Directive, __Field, __InputValue and __EnumValue.</content>
public static partial class IntrospectionTypes
{
    private static readonly ScalarType StringType = BuiltInScalars.String;
    private static readonly ScalarType BooleanType = BuiltInScalars.Boolean;

    private static void DefineSchema()
    {
        Schema.Description = "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as " +
            "well as the entry points for query, mutation, and subscription operations.";
        Add(Schema, "description", StringType, s => ((Types.Schema)s!).Description);
        Add(Schema, "types", NonNullListOf(Type), s => ((Types.Schema)s!).Types, "A list of all types supported by this server.");
        Add(Schema, "queryType", new NonNullType(Type), s => ((Types.Schema)s!).QueryType, "The type that query operations will be rooted at.");
        Add(
            Schema,
            "mutationType",
            Type,
            s => ((Types.Schema)s!).MutationType,
            "If this server supports mutation, the type that mutation operations will be rooted at.");
        Add(
            Schema,
            "subscriptionType",
            Type,
            s => ((Types.Schema)s!).SubscriptionType,
            "If this server support subscription, the type that subscription operations will be rooted at.");
        AddFiltered(Schema, "directives", NonNullListOf(Directive), s => ((Types.Schema)s!).Directives, "A list of all directives supported by this server.");
    }

    private static void DefineDirective()
    {
        Directive.Description =
            "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\n" +
            "In some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, " +
            "such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.";
        Add(Directive, "name", new NonNullType(StringType), d => ((DirectiveDefinition)d!).Name);
        Add(Directive, "description", StringType, d => ((DirectiveDefinition)d!).Description);
        Add(Directive, "isRepeatable", new NonNullType(BooleanType), d => ((DirectiveDefinition)d!).IsRepeatable);
        Add(Directive, "locations", NonNullListOf(DirectiveLocationEnum), d => ((DirectiveDefinition)d!).Locations);
        AddFiltered(Directive, "args", NonNullListOf(InputValue), d => ((DirectiveDefinition)d!).Arguments);
        Add(Directive, "isDeprecated", new NonNullType(BooleanType), d => ((DirectiveDefinition)d!).IsDeprecated);
        Add(Directive, "deprecationReason", StringType, d => ((DirectiveDefinition)d!).DeprecationReason);
    }

    private static void DefineField()
    {
        Field.Description = "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a " +
            "return type.";
        Add(Field, "name", new NonNullType(StringType), f => ((FieldDefinition)f!).Name);
        Add(Field, "description", StringType, f => ((FieldDefinition)f!).Description);
        AddFiltered(Field, "args", NonNullListOf(InputValue), f => ((FieldDefinition)f!).Arguments);
        Add(Field, "type", new NonNullType(Type), f => ((FieldDefinition)f!).Type);
        Add(Field, "isDeprecated", new NonNullType(BooleanType), f => ((FieldDefinition)f!).IsDeprecated);
        Add(Field, "deprecationReason", StringType, f => ((FieldDefinition)f!).DeprecationReason);
    }

    private static void DefineInputValue()
    {
        InputValue.Description = "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which " +
            "describe their type and optionally a default value.";
        Add(InputValue, "name", new NonNullType(StringType), v => ((InputValueDefinition)v!).Name);
        Add(InputValue, "description", StringType, v => ((InputValueDefinition)v!).Description);
        Add(InputValue, "type", new NonNullType(Type), v => ((InputValueDefinition)v!).Type);
        Add(
            InputValue,
            "defaultValue",
            StringType,
            v => Utilities.DefaultValues.Print((InputValueDefinition)v!),
            "A GraphQL-formatted string representing the default value for this input value.");
        Add(InputValue, "isDeprecated", new NonNullType(BooleanType), v => ((InputValueDefinition)v!).IsDeprecated);
        Add(InputValue, "deprecationReason", StringType, v => ((InputValueDefinition)v!).DeprecationReason);
    }

    private static void DefineEnumValue()
    {
        EnumValue.Description = "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. " +
            "However an Enum value is returned in a JSON response as a string.";
        Add(EnumValue, "name", new NonNullType(StringType), v => ((EnumValueDefinition)v!).Name);
        Add(EnumValue, "description", StringType, v => ((EnumValueDefinition)v!).Description);
        Add(EnumValue, "isDeprecated", new NonNullType(BooleanType), v => ((EnumValueDefinition)v!).IsDeprecated);
        Add(EnumValue, "deprecationReason", StringType, v => ((EnumValueDefinition)v!).DeprecationReason);
    }
}
