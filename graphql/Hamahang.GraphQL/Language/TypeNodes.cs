namespace Hamahang.GraphQL.Language;

/// <summary>
/// Type : NamedType | ListType | NonNullType
/// See https://spec.graphql.org/September2025/#Type .
/// </summary>
public abstract class TypeNode : SyntaxNode
{
    private protected TypeNode()
    {
    }

    /// <summary>The named type at the core of this type, under any list and non-null wrappers.</summary>
    public abstract NamedTypeNode NamedType { get; }
}

/// <summary>
/// NamedType : Name
/// See https://spec.graphql.org/September2025/#NamedType .
/// </summary>
public sealed class NamedTypeNode : TypeNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NamedType;

    /// <summary>The type's name.</summary>
    public required NameNode Name { get; init; }

    /// <inheritdoc />
    public override NamedTypeNode NamedType => this;
}

/// <summary>
/// ListType : [ Type ]
/// See https://spec.graphql.org/September2025/#ListType .
/// </summary>
public sealed class ListTypeNode : TypeNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ListType;

    /// <summary>The type of the list's items.</summary>
    public required TypeNode Type { get; init; }

    /// <inheritdoc />
    public override NamedTypeNode NamedType => Type.NamedType;
}

/// <summary>
/// NonNullType : NamedType ! | ListType !
/// See https://spec.graphql.org/September2025/#NonNullType .
/// </summary>
public sealed class NonNullTypeNode : TypeNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    /// <summary>The type made non-null (a named or list type).</summary>
    public required TypeNode Type { get; init; }

    /// <inheritdoc />
    public override NamedTypeNode NamedType => Type.NamedType;
}
