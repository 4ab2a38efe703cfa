namespace Hamahang.GraphQL.Language;

/// <summary>
/// The kinds of syntax node, one per production of the grammar that the syntax tree keeps,
/// named as graphql-js names its AST kinds.
/// See https://spec.graphql.org/September2025/#sec-Appendix-Grammar-Summary .
/// </summary>
public enum SyntaxKind
{
    /// <summary>Name: a name token.</summary>
    Name,

    /// <summary>Document: a list of definitions.</summary>
    Document,

    /// <summary>OperationDefinition: a query, mutation or subscription.</summary>
    OperationDefinition,

    /// <summary>VariableDefinition: a variable an operation declares.</summary>
    VariableDefinition,

    /// <summary>SelectionSet: the braces and the selections in them.</summary>
    SelectionSet,

    /// <summary>Field: a field selection.</summary>
    Field,

    /// <summary>Argument: a name and a value given to a field or directive.</summary>
    Argument,

    /// <summary>FragmentSpread: <c>...Name</c>.</summary>
    FragmentSpread,

    /// <summary>InlineFragment: <c>... on Type { }</c>.</summary>
    InlineFragment,

    /// <summary>FragmentDefinition: <c>fragment Name on Type { }</c>.</summary>
    FragmentDefinition,

    /// <summary>Variable: <c>$name</c>.</summary>
    Variable,

    /// <summary>IntValue.</summary>
    IntValue,

    /// <summary>FloatValue.</summary>
    FloatValue,

    /// <summary>StringValue (quoted or block).</summary>
    StringValue,

    /// <summary>BooleanValue.</summary>
    BooleanValue,

    /// <summary>NullValue.</summary>
    NullValue,

    /// <summary>EnumValue.</summary>
    EnumValue,

    /// <summary>ListValue.</summary>
    ListValue,

    /// <summary>ObjectValue.</summary>
    ObjectValue,

    /// <summary>ObjectField: a name and value in an object value.</summary>
    ObjectField,

    /// <summary>Directive: <c>@name(args)</c>.</summary>
    Directive,

    /// <summary>NamedType.</summary>
    NamedType,

    /// <summary>ListType: <c>[Type]</c>.</summary>
    ListType,

    /// <summary>NonNullType: <c>Type!</c>.</summary>
    NonNullType,

    /// <summary>SchemaDefinition.</summary>
    SchemaDefinition,

    /// <summary>OperationTypeDefinition: <c>query: Query</c> in a schema definition.</summary>
    OperationTypeDefinition,

    /// <summary>ScalarTypeDefinition.</summary>
    ScalarTypeDefinition,

    /// <summary>ObjectTypeDefinition.</summary>
    ObjectTypeDefinition,

    /// <summary>FieldDefinition.</summary>
    FieldDefinition,

    /// <summary>InputValueDefinition: an argument or input field definition.</summary>
    InputValueDefinition,

    /// <summary>InterfaceTypeDefinition.</summary>
    InterfaceTypeDefinition,

    /// <summary>UnionTypeDefinition.</summary>
    UnionTypeDefinition,

    /// <summary>EnumTypeDefinition.</summary>
    EnumTypeDefinition,

    /// <summary>EnumValueDefinition.</summary>
    EnumValueDefinition,

    /// <summary>InputObjectTypeDefinition.</summary>
    InputObjectTypeDefinition,

    /// <summary>DirectiveDefinition.</summary>
    DirectiveDefinition,

    /// <summary>SchemaExtension.</summary>
    SchemaExtension,

    /// <summary>DirectiveExtension (graphql-js 17: <c>extend directive @name @other</c>).</summary>
    DirectiveExtension,

    /// <summary>ScalarTypeExtension.</summary>
    ScalarTypeExtension,

    /// <summary>ObjectTypeExtension.</summary>
    ObjectTypeExtension,

    /// <summary>InterfaceTypeExtension.</summary>
    InterfaceTypeExtension,

    /// <summary>UnionTypeExtension.</summary>
    UnionTypeExtension,

    /// <summary>EnumTypeExtension.</summary>
    EnumTypeExtension,

    /// <summary>InputObjectTypeExtension.</summary>
    InputObjectTypeExtension,

    /// <summary>TypeCoordinate: <c>Type</c>.</summary>
    TypeCoordinate,

    /// <summary>MemberCoordinate: <c>Type.field</c>.</summary>
    MemberCoordinate,

    /// <summary>ArgumentCoordinate: <c>Type.field(arg:)</c>.</summary>
    ArgumentCoordinate,

    /// <summary>DirectiveCoordinate: <c>@directive</c>.</summary>
    DirectiveCoordinate,

    /// <summary>DirectiveArgumentCoordinate: <c>@directive(arg:)</c>.</summary>
    DirectiveArgumentCoordinate,
}
