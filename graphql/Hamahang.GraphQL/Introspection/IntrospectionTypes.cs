using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Introspection;

/// <summary>
/// The introspection types (<c>__Schema</c>, <c>__Type</c>, <c>__Field</c>, <c>__InputValue</c>,
/// <c>__EnumValue</c>, <c>__Directive</c>, <c>__TypeKind</c>, <c>__DirectiveLocation</c>) and the
/// meta-fields <c>__schema</c>, <c>__type</c> and <c>__typename</c>, with their resolvers, defined as
/// graphql-js 17 defines them. Shared, frozen, and added to every schema.
/// See https://spec.graphql.org/September2025/#sec-Introspection.
/// </summary>
public static partial class IntrospectionTypes
{
    static IntrospectionTypes()
    {
        TypeKindEnum = CreateTypeKind();
        DirectiveLocationEnum = CreateDirectiveLocation();
        Schema = new ObjectType("__Schema");
        Directive = new ObjectType("__Directive");
        Type = new ObjectType("__Type");
        Field = new ObjectType("__Field");
        InputValue = new ObjectType("__InputValue");
        EnumValue = new ObjectType("__EnumValue");
        DefineSchema();
        DefineDirective();
        DefineType();
        DefineField();
        DefineInputValue();
        DefineEnumValue();

        SchemaMetaField = new FieldDefinition("__schema", new NonNullType(Schema))
        {
            Description = "Access the current type schema of this server.",
            Resolver = context => ValueTask.FromResult<object?>(context.Schema),
        };
        TypeMetaField = new FieldDefinition("__type", Type)
        {
            Description = "Request the type information of a single type.",
            Resolver = context => ValueTask.FromResult<object?>(
                context.Arguments.GetValueOrDefault("name") is string name ? context.Schema.GetType(name) : null),
        };
        TypeMetaField.AddArgument(new ArgumentDefinition("name", new NonNullType(BuiltInScalars.String)));
        TypeNameMetaField = new FieldDefinition("__typename", new NonNullType(BuiltInScalars.String))
        {
            Description = "The name of the current Object type at runtime.",
            Resolver = context => ValueTask.FromResult<object?>(context.ParentType.Name),
        };

        All = [Schema, Directive, DirectiveLocationEnum, Type, Field, InputValue, EnumValue, TypeKindEnum];
        foreach (var type in All)
        {
            type.Freeze();
        }

        SchemaMetaField.Freeze();
        TypeMetaField.Freeze();
        TypeNameMetaField.Freeze();
    }

    /// <summary><c>__Schema</c>: https://spec.graphql.org/September2025/#sec-The-__Schema-Type.</summary>
    public static ObjectType Schema { get; }

    /// <summary><c>__Directive</c>: https://spec.graphql.org/September2025/#sec-The-__Directive-Type.</summary>
    public static ObjectType Directive { get; }

    /// <summary><c>__DirectiveLocation</c>: values are <see cref="Language.DirectiveLocation"/> members.</summary>
    public static EnumType DirectiveLocationEnum { get; }

    /// <summary><c>__Type</c>: https://spec.graphql.org/September2025/#sec-The-__Type-Type.</summary>
    public static ObjectType Type { get; }

    /// <summary><c>__Field</c>: https://spec.graphql.org/September2025/#sec-The-__Field-Type.</summary>
    public static ObjectType Field { get; }

    /// <summary><c>__InputValue</c>: https://spec.graphql.org/September2025/#sec-The-__InputValue-Type.</summary>
    public static ObjectType InputValue { get; }

    /// <summary><c>__EnumValue</c>: https://spec.graphql.org/September2025/#sec-The-__EnumValue-Type.</summary>
    public static ObjectType EnumValue { get; }

    /// <summary><c>__TypeKind</c>: values are <see cref="Types.TypeKind"/> members.</summary>
    public static EnumType TypeKindEnum { get; }

    /// <summary>The eight introspection types, in graphql-js's order.</summary>
    public static IReadOnlyList<GraphQLNamedType> All { get; }

    /// <summary><c>__schema: __Schema!</c>, on the query root only.</summary>
    public static FieldDefinition SchemaMetaField { get; }

    /// <summary><c>__type(name: String!): __Type</c>, on the query root only.</summary>
    public static FieldDefinition TypeMetaField { get; }

    /// <summary>
    /// <c>__typename: String!</c>, on every object, interface and union
    /// (https://spec.graphql.org/September2025/#sec-Type-Name-Introspection).
    /// </summary>
    public static FieldDefinition TypeNameMetaField { get; }

    /// <summary>True when <paramref name="name"/> names one of the introspection types.</summary>
    /// <param name="name">A type name.</param>
    public static bool IsIntrospectionType(string name) =>
        name is "__Schema" or "__Directive" or "__DirectiveLocation" or "__Type" or "__Field" or "__InputValue" or "__EnumValue" or "__TypeKind";

    private static FieldDefinition Add(ObjectType owner, string name, GraphQLType type, PureFieldResolver resolve, string? description = null) =>
        owner.AddField(new FieldDefinition(name, type) { PureResolver = resolve, Description = description });

    private static FieldDefinition AddFiltered<T>(
        ObjectType owner,
        string name,
        GraphQLType type,
        Func<object?, IEnumerable<T>?> all,
        string? description = null)
        where T : TypeSystemMember
    {
        var field = owner.AddField(new FieldDefinition(name, type)
        {
            Description = description,
            Resolver = context =>
            {
                var items = all(context.Parent);
                if (items is null)
                {
                    return ValueTask.FromResult<object?>(null);
                }

                var includeDeprecated = context.Arguments.GetValueOrDefault("includeDeprecated") is true;
                return ValueTask.FromResult<object?>(includeDeprecated ? items.ToList() : items.Where(i => i.DeprecationReason is null).ToList());
            },
        });
        field.AddArgument(new ArgumentDefinition("includeDeprecated", new NonNullType(BuiltInScalars.Boolean)) { DefaultValue = false });
        return field;
    }

    private static NonNullType NonNullListOf(GraphQLType type) => new(new ListType(new NonNullType(type)));

    private static ListType ListOf(GraphQLType type) => new(new NonNullType(type));
}
