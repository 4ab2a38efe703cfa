namespace Hamahang.GraphQL.Language;

/// <summary>
/// SchemaCoordinate : TypeCoordinate | MemberCoordinate | ArgumentCoordinate | DirectiveCoordinate | DirectiveArgumentCoordinate
/// See https://spec.graphql.org/September2025/#sec-Schema-Coordinates .
/// </summary>
public abstract class SchemaCoordinateNode : SyntaxNode
{
    private protected SchemaCoordinateNode()
    {
    }

    /// <summary>The type's name, or the directive's name without the @.</summary>
    public required NameNode Name { get; init; }
}

/// <summary>TypeCoordinate : Name</summary>
public sealed class TypeCoordinateNode : SchemaCoordinateNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.TypeCoordinate;
}

/// <summary>MemberCoordinate : Name . Name</summary>
public sealed class MemberCoordinateNode : SchemaCoordinateNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.MemberCoordinate;

    /// <summary>The field, input field or enum value's name.</summary>
    public required NameNode MemberName { get; init; }
}

/// <summary>ArgumentCoordinate : Name . Name ( Name : )</summary>
public sealed class ArgumentCoordinateNode : SchemaCoordinateNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ArgumentCoordinate;

    /// <summary>The field's name.</summary>
    public required NameNode FieldName { get; init; }

    /// <summary>The argument's name.</summary>
    public required NameNode ArgumentName { get; init; }
}

/// <summary>DirectiveCoordinate : @ Name</summary>
public sealed class DirectiveCoordinateNode : SchemaCoordinateNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.DirectiveCoordinate;
}

/// <summary>DirectiveArgumentCoordinate : @ Name ( Name : )</summary>
public sealed class DirectiveArgumentCoordinateNode : SchemaCoordinateNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.DirectiveArgumentCoordinate;

    /// <summary>The argument's name.</summary>
    public required NameNode ArgumentName { get; init; }
}
