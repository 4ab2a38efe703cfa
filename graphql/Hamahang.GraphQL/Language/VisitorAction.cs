namespace Hamahang.GraphQL.Language;

/// <summary>What a <see cref="Visitor"/> asks for after entering or leaving a node, as graphql-js's <c>visit</c> reads a visitor's return value.</summary>
public enum VisitorActionKind
{
    /// <summary>Go on (graphql-js: return undefined).</summary>
    Continue,

    /// <summary>On enter: do not visit the node's children, nor leave it (graphql-js: return false).</summary>
    Skip,

    /// <summary>Stop visiting altogether, keeping the edits made so far (graphql-js: return BREAK).</summary>
    Break,

    /// <summary>Remove the node from its list or optional slot (graphql-js: return null).</summary>
    Remove,

    /// <summary>Put another node in this node's place (graphql-js: return a node); on enter, its children are visited instead.</summary>
    Replace,
}

/// <summary>The answer of <see cref="Visitor.Enter"/> or <see cref="Visitor.Leave"/>: go on, skip, break, remove or replace.</summary>
public readonly struct VisitorAction : IEquatable<VisitorAction>
{
    private VisitorAction(VisitorActionKind kind, SyntaxNode? node)
    {
        Kind = kind;
        Node = node;
    }

    /// <summary>Go on.</summary>
    public static VisitorAction Continue => default;

    /// <summary>Do not visit the node's children (on enter).</summary>
    public static VisitorAction Skip => new(VisitorActionKind.Skip, null);

    /// <summary>Stop visiting.</summary>
    public static VisitorAction Break => new(VisitorActionKind.Break, null);

    /// <summary>Remove the node.</summary>
    public static VisitorAction Remove => new(VisitorActionKind.Remove, null);

    /// <summary>What is asked for.</summary>
    public VisitorActionKind Kind { get; }

    /// <summary>The replacement node, for <see cref="VisitorActionKind.Replace"/>.</summary>
    public SyntaxNode? Node { get; }

    /// <summary>Put <paramref name="node"/> in the visited node's place.</summary>
    /// <param name="node">The replacement; it must fit the slot the visited node is in.</param>
    public static VisitorAction Replace(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new(VisitorActionKind.Replace, node);
    }

    /// <inheritdoc />
    public bool Equals(VisitorAction other) => Kind == other.Kind && ReferenceEquals(Node, other.Node);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is VisitorAction other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Node);

    /// <summary>Whether two actions are the same.</summary>
    /// <param name="left">One action.</param>
    /// <param name="right">The other action.</param>
    public static bool operator ==(VisitorAction left, VisitorAction right) => left.Equals(right);

    /// <summary>Whether two actions differ.</summary>
    /// <param name="left">One action.</param>
    /// <param name="right">The other action.</param>
    public static bool operator !=(VisitorAction left, VisitorAction right) => !left.Equals(right);
}
