namespace Hamahang.GraphQL.Language;

/// <summary>
/// Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue[?Const] | ObjectValue[?Const]
/// See https://spec.graphql.org/September2025/#Value .
/// </summary>
public abstract class ValueNode : SyntaxNode
{
    private protected ValueNode()
    {
    }
}

/// <summary>
/// IntValue : IntegerPart [lookahead != {Digit, ., NameStart}]
/// See https://spec.graphql.org/September2025/#IntValue .
/// </summary>
public sealed class IntValueNode : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.IntValue;

    /// <summary>The integer's text as written (it may exceed any .NET integer type).</summary>
    public required string Value { get; init; }
}

/// <summary>
/// FloatValue : IntegerPart FractionalPart ExponentPart | IntegerPart FractionalPart | IntegerPart ExponentPart
/// See https://spec.graphql.org/September2025/#FloatValue .
/// </summary>
public sealed class FloatValueNode : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FloatValue;

    /// <summary>The number's text as written.</summary>
    public required string Value { get; init; }
}

/// <summary>
/// StringValue : " StringCharacter* " | """ BlockStringCharacter* """
/// See https://spec.graphql.org/September2025/#StringValue .
/// </summary>
public sealed class StringValueNode : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.StringValue;

    /// <summary>The string's value: escapes resolved, and for a block string the common indentation removed.</summary>
    public required string Value { get; init; }

    /// <summary>Whether the string was written as a block string (<c>"""</c>).</summary>
    public bool Block { get; init; }
}

/// <summary>
/// BooleanValue : one of true false
/// See https://spec.graphql.org/September2025/#BooleanValue .
/// </summary>
public sealed class BooleanValueNode : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;

    /// <summary>The value.</summary>
    public bool Value { get; init; }
}

/// <summary>
/// NullValue : null
/// See https://spec.graphql.org/September2025/#NullValue .
/// </summary>
public sealed class NullValueNode : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}

/// <summary>
/// EnumValue : Name but not true or false or null
/// See https://spec.graphql.org/September2025/#EnumValue .
/// </summary>
public sealed class EnumValueNode : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumValue;

    /// <summary>The enum value's name.</summary>
    public required string Value { get; init; }
}

/// <summary>
/// ListValue[Const] : [ ] | [ Value[?Const]+ ]
/// See https://spec.graphql.org/September2025/#ListValue .
/// </summary>
public sealed class ListValueNode : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ListValue;

    /// <summary>The list's items.</summary>
    public required IReadOnlyList<ValueNode> Values { get; init; }
}

/// <summary>
/// ObjectValue[Const] : { } | { ObjectField[?Const]+ }
/// See https://spec.graphql.org/September2025/#ObjectValue .
/// </summary>
public sealed class ObjectValueNode : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;

    /// <summary>The object's fields, in document order.</summary>
    public required IReadOnlyList<ObjectFieldNode> Fields { get; init; }
}

/// <summary>
/// ObjectField[Const] : Name : Value[?Const]
/// See https://spec.graphql.org/September2025/#ObjectField .
/// </summary>
public sealed class ObjectFieldNode : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectField;

    /// <summary>The field's name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The field's value.</summary>
    public required ValueNode Value { get; init; }
}
