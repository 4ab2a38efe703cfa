namespace Hamahang.GraphQL.Language;

/// <summary>
/// TypeSystemExtension : SchemaExtension | TypeExtension (and graphql-js 17's directive extension)
/// See https://spec.graphql.org/September2025/#TypeSystemExtension .
/// </summary>
public abstract class TypeSystemExtensionNode : DefinitionNode
{
    private protected TypeSystemExtensionNode()
    {
    }

    /// <summary>The directives the extension adds.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>
/// SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const] [lookahead != {]
/// See https://spec.graphql.org/September2025/#SchemaExtension .
/// </summary>
public sealed class SchemaExtensionNode : TypeSystemExtensionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;

    /// <summary>The root operation types the extension adds.</summary>
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = [];
}

/// <summary>
/// DirectiveExtension : extend directive @ Name Directives[Const] (graphql-js 17; not in the September 2025 edition).
/// </summary>
public sealed class DirectiveExtensionNode : TypeSystemExtensionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.DirectiveExtension;

    /// <summary>The extended directive's name (without the @).</summary>
    public required NameNode Name { get; init; }
}

/// <summary>
/// TypeExtension : ScalarTypeExtension | ObjectTypeExtension | InterfaceTypeExtension | UnionTypeExtension | EnumTypeExtension | InputObjectTypeExtension
/// See https://spec.graphql.org/September2025/#TypeExtension .
/// </summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode
{
    private protected TypeExtensionNode()
    {
    }

    /// <summary>The extended type's name.</summary>
    public required NameNode Name { get; init; }
}

/// <summary>
/// ScalarTypeExtension : extend scalar Name Directives[Const]
/// See https://spec.graphql.org/September2025/#ScalarTypeExtension .
/// </summary>
public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;
}

/// <summary>The shape object and interface type extensions share: ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
public abstract class ComplexTypeExtensionNode : TypeExtensionNode
{
    private protected ComplexTypeExtensionNode()
    {
    }

    /// <summary>The interfaces the extension adds.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>The fields the extension adds.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

/// <summary>
/// ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition (or with the last parts absent)
/// See https://spec.graphql.org/September2025/#ObjectTypeExtension .
/// </summary>
public sealed class ObjectTypeExtensionNode : ComplexTypeExtensionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;
}

/// <summary>
/// InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition (or with the last parts absent)
/// See https://spec.graphql.org/September2025/#InterfaceTypeExtension .
/// </summary>
public sealed class InterfaceTypeExtensionNode : ComplexTypeExtensionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;
}

/// <summary>
/// UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const]
/// See https://spec.graphql.org/September2025/#UnionTypeExtension .
/// </summary>
public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;

    /// <summary>The member types the extension adds.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}

/// <summary>
/// EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const]
/// See https://spec.graphql.org/September2025/#EnumTypeExtension .
/// </summary>
public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;

    /// <summary>The values the extension adds.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}

/// <summary>
/// InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition | extend input Name Directives[Const]
/// See https://spec.graphql.org/September2025/#InputObjectTypeExtension .
/// </summary>
public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;

    /// <summary>The input fields the extension adds.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}
