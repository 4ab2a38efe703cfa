namespace Hamahang.GraphQL.Language;

/// <summary>
/// A node of the syntax tree: immutable, of one <see cref="SyntaxKind"/>, with the
/// <see cref="Language.Location"/> it was parsed from. Lists in nodes are never null (empty when absent).
/// See https://spec.graphql.org/September2025/#sec-Language .
/// </summary>
public abstract class SyntaxNode
{
    private protected SyntaxNode()
    {
    }

    /// <summary>The kind of node (one per grammar production the tree keeps).</summary>
    public abstract SyntaxKind Kind { get; }

    /// <summary>Where the node stands in its document (default when parsed without locations).</summary>
    public Location Location { get; init; }

    /// <summary>The node printed as graphql-js's <c>print</c> prints it.</summary>
    public override string ToString() => Printer.Print(this);
}

/// <summary>
/// Name : /[_A-Za-z][_0-9A-Za-z]*/
/// See https://spec.graphql.org/September2025/#Name .
/// </summary>
public sealed class NameNode : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Name;

    /// <summary>The name's text.</summary>
    public required string Value { get; init; }
}

/// <summary>
/// Document : Definition+
/// See https://spec.graphql.org/September2025/#Document .
/// </summary>
public sealed class DocumentNode : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Document;

    /// <summary>The document's definitions, in document order.</summary>
    public required IReadOnlyList<DefinitionNode> Definitions { get; init; }

    /// <summary>The number of lexical tokens the parser read (comments and the end of input excluded).</summary>
    public int TokenCount { get; init; }
}

/// <summary>
/// Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension
/// See https://spec.graphql.org/September2025/#Definition .
/// </summary>
public abstract class DefinitionNode : SyntaxNode
{
    private protected DefinitionNode()
    {
    }
}

/// <summary>
/// ExecutableDefinition : OperationDefinition | FragmentDefinition
/// See https://spec.graphql.org/September2025/#ExecutableDefinition .
/// </summary>
public abstract class ExecutableDefinitionNode : DefinitionNode
{
    private protected ExecutableDefinitionNode()
    {
    }

    /// <summary>The description before the definition, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The directives of the definition.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The definition's selection set.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
}

/// <summary>
/// Directive[Const] : @ Name Arguments[?Const]?
/// See https://spec.graphql.org/September2025/#Directive .
/// </summary>
public sealed class DirectiveNode : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Directive;

    /// <summary>The directive's name (without the @).</summary>
    public required NameNode Name { get; init; }

    /// <summary>The arguments given to the directive.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];
}

/// <summary>
/// Argument[Const] : Name : Value[?Const]
/// See https://spec.graphql.org/September2025/#Argument .
/// </summary>
public sealed class ArgumentNode : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Argument;

    /// <summary>The argument's name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The argument's value.</summary>
    public required ValueNode Value { get; init; }
}
