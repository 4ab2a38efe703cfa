namespace Hamahang.GraphQL.Language;

/// <summary>
/// TypeSystemDefinition : SchemaDefinition | TypeDefinition | DirectiveDefinition
/// See https://spec.graphql.org/September2025/#TypeSystemDefinition .
/// </summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode
{
    private protected TypeSystemDefinitionNode()
    {
    }

    /// <summary>The description before the definition, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The definition's directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>
/// SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }
/// See https://spec.graphql.org/September2025/#SchemaDefinition .
/// </summary>
public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;

    /// <summary>The root operation types.</summary>
    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }
}

/// <summary>
/// RootOperationTypeDefinition : OperationType : NamedType
/// See https://spec.graphql.org/September2025/#RootOperationTypeDefinition .
/// </summary>
public sealed class OperationTypeDefinitionNode : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;

    /// <summary>The operation type.</summary>
    public OperationType Operation { get; init; }

    /// <summary>The root type for that operation type.</summary>
    public required NamedTypeNode Type { get; init; }
}

/// <summary>
/// TypeDefinition : ScalarTypeDefinition | ObjectTypeDefinition | InterfaceTypeDefinition | UnionTypeDefinition
///     | EnumTypeDefinition | InputObjectTypeDefinition
/// See https://spec.graphql.org/September2025/#TypeDefinition .
/// </summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode
{
    private protected TypeDefinitionNode()
    {
    }

    /// <summary>The type's name.</summary>
    public required NameNode Name { get; init; }
}

/// <summary>
/// ScalarTypeDefinition : Description? scalar Name Directives[Const]?
/// See https://spec.graphql.org/September2025/#ScalarTypeDefinition .
/// </summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;
}

/// <summary>
/// The shape object and interface type definitions share: ImplementsInterfaces? Directives[Const]? FieldsDefinition?
/// </summary>
public abstract class ComplexTypeDefinitionNode : TypeDefinitionNode
{
    private protected ComplexTypeDefinitionNode()
    {
    }

    /// <summary>ImplementsInterfaces : implements &amp;? NamedType (&amp; NamedType)*</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>FieldsDefinition : { FieldDefinition+ }</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

/// <summary>
/// ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
/// See https://spec.graphql.org/September2025/#ObjectTypeDefinition .
/// </summary>
public sealed class ObjectTypeDefinitionNode : ComplexTypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;
}

/// <summary>
/// InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
/// See https://spec.graphql.org/September2025/#InterfaceTypeDefinition .
/// </summary>
public sealed class InterfaceTypeDefinitionNode : ComplexTypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;
}

/// <summary>
/// FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?
/// See https://spec.graphql.org/September2025/#FieldDefinition .
/// </summary>
public sealed class FieldDefinitionNode : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;

    /// <summary>The description before the field, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The field's name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>ArgumentsDefinition : ( InputValueDefinition+ )</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    /// <summary>The field's type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>The field's directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>
/// InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?
/// See https://spec.graphql.org/September2025/#InputValueDefinition .
/// </summary>
public sealed class InputValueDefinitionNode : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;

    /// <summary>The description before the argument or input field, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The argument's or input field's name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The argument's or input field's type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>DefaultValue : = Value[Const], if given.</summary>
    public ValueNode? DefaultValue { get; init; }

    /// <summary>The directives of the argument or input field.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>
/// UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?
/// See https://spec.graphql.org/September2025/#UnionTypeDefinition .
/// </summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;

    /// <summary>UnionMemberTypes : = |? NamedType (| NamedType)*</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}

/// <summary>
/// EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?
/// See https://spec.graphql.org/September2025/#EnumTypeDefinition .
/// </summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;

    /// <summary>EnumValuesDefinition : { EnumValueDefinition+ }</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}

/// <summary>
/// EnumValueDefinition : Description? EnumValue Directives[Const]?
/// See https://spec.graphql.org/September2025/#EnumValueDefinition .
/// </summary>
public sealed class EnumValueDefinitionNode : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;

    /// <summary>The description before the value, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The enum value's name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The enum value's directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>
/// InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?
/// See https://spec.graphql.org/September2025/#InputObjectTypeDefinition .
/// </summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;

    /// <summary>InputFieldsDefinition : { InputValueDefinition+ }</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}

/// <summary>
/// DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations
/// See https://spec.graphql.org/September2025/#DirectiveDefinition .
/// </summary>
public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;

    /// <summary>The directive's name (without the @).</summary>
    public required NameNode Name { get; init; }

    /// <summary>ArgumentsDefinition : ( InputValueDefinition+ )</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    /// <summary>Whether the directive may be used more than once at one location.</summary>
    public bool Repeatable { get; init; }

    /// <summary>DirectiveLocations : |? DirectiveLocation (| DirectiveLocation)*, as names (see <see cref="DirectiveLocation"/>).</summary>
    public required IReadOnlyList<NameNode> Locations { get; init; }
}
