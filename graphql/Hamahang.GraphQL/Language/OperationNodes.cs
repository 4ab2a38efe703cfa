namespace Hamahang.GraphQL.Language;

/// <summary>
/// OperationType : one of query mutation subscription
/// See https://spec.graphql.org/September2025/#OperationType .
/// </summary>
public enum OperationType
{
    /// <summary>query: a read-only fetch.</summary>
    Query,

    /// <summary>mutation: a write followed by a fetch.</summary>
    Mutation,

    /// <summary>subscription: a long-lived request that fetches data in response to events.</summary>
    Subscription,
}

/// <summary>
/// OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet
/// See https://spec.graphql.org/September2025/#OperationDefinition .
/// </summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    /// <summary>The operation's type (query for the shorthand form).</summary>
    public OperationType Operation { get; init; }

    /// <summary>The operation's name, if it has one.</summary>
    public NameNode? Name { get; init; }

    /// <summary>The variables the operation declares.</summary>
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = [];
}

/// <summary>
/// VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?
/// See https://spec.graphql.org/September2025/#VariableDefinition .
/// </summary>
public sealed class VariableDefinitionNode : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    /// <summary>The description before the variable, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The variable declared.</summary>
    public required VariableNode Variable { get; init; }

    /// <summary>The variable's type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>DefaultValue : = Value[Const], if given.</summary>
    public ValueNode? DefaultValue { get; init; }

    /// <summary>The variable definition's directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>
/// SelectionSet : { Selection+ }
/// (graphql-js 17 also accepts an empty selection set; so does this parser unless told otherwise.)
/// See https://spec.graphql.org/September2025/#SelectionSet .
/// </summary>
public sealed class SelectionSetNode : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;

    /// <summary>The selections, in document order.</summary>
    public required IReadOnlyList<SelectionNode> Selections { get; init; }
}

/// <summary>
/// Selection : Field | FragmentSpread | InlineFragment
/// See https://spec.graphql.org/September2025/#Selection .
/// </summary>
public abstract class SelectionNode : SyntaxNode
{
    private protected SelectionNode()
    {
    }

    /// <summary>The selection's directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>
/// Field : Alias? Name Arguments? Directives? SelectionSet?
/// See https://spec.graphql.org/September2025/#Field .
/// </summary>
public sealed class FieldNode : SelectionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Field;

    /// <summary>Alias : Name :, if given.</summary>
    public NameNode? Alias { get; init; }

    /// <summary>The field's name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The arguments given to the field.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];

    /// <summary>The field's selection set, if it has one.</summary>
    public SelectionSetNode? SelectionSet { get; init; }

    /// <summary>The key the field's value has in the response: the alias if given, else the name.</summary>
    public string ResponseKey => (Alias ?? Name).Value;
}

/// <summary>
/// FragmentSpread : ... FragmentName Directives?
/// See https://spec.graphql.org/September2025/#FragmentSpread .
/// </summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;

    /// <summary>The name of the fragment spread.</summary>
    public required NameNode Name { get; init; }
}

/// <summary>
/// InlineFragment : ... TypeCondition? Directives? SelectionSet
/// See https://spec.graphql.org/September2025/#InlineFragment .
/// </summary>
public sealed class InlineFragmentNode : SelectionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    /// <summary>TypeCondition : on NamedType, if given.</summary>
    public NamedTypeNode? TypeCondition { get; init; }

    /// <summary>The fragment's selection set.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
}

/// <summary>
/// FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet
/// See https://spec.graphql.org/September2025/#FragmentDefinition .
/// </summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    /// <summary>FragmentName : Name but not on.</summary>
    public required NameNode Name { get; init; }

    /// <summary>TypeCondition : on NamedType.</summary>
    public required NamedTypeNode TypeCondition { get; init; }
}

/// <summary>
/// Variable : $ Name
/// See https://spec.graphql.org/September2025/#Variable .
/// </summary>
public sealed class VariableNode : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Variable;

    /// <summary>The variable's name (without the $).</summary>
    public required NameNode Name { get; init; }
}
