namespace Hamahang.GraphQL.Language;

/// <summary>
/// A depth-first walk over a syntax tree that calls <see cref="Enter"/> before a node's children
/// and <see cref="Leave"/> after them, in graphql-js's order (its <c>QueryDocumentKeys</c>).
/// Either may skip a subtree, stop the walk, remove a node or replace it; <see cref="Visit"/>
/// returns the edited tree, sharing every unchanged node with the original (nodes are immutable).
/// </summary>
public abstract class Visitor
{
    /// <summary>Called before the node's children are visited.</summary>
    /// <param name="node">The node.</param>
    /// <param name="context">The node's ancestors.</param>
    public virtual VisitorAction Enter(SyntaxNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called after the node's children were visited, with the node as edited by them.</summary>
    /// <param name="node">The node.</param>
    /// <param name="context">The node's ancestors.</param>
    public virtual VisitorAction Leave(SyntaxNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Walks a tree and returns it as edited (null when the root itself was removed).</summary>
    /// <param name="root">The tree's root.</param>
    public SyntaxNode? Visit(SyntaxNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        return new VisitorWalk(this).Visit(root);
    }

    /// <summary>A visitor made of two functions (either may be null).</summary>
    /// <param name="enter">Called before a node's children.</param>
    /// <param name="leave">Called after a node's children.</param>
    public static Visitor Create(
        Func<SyntaxNode, VisitorContext, VisitorAction>? enter = null,
        Func<SyntaxNode, VisitorContext, VisitorAction>? leave = null) =>
        new DelegateVisitor(enter, leave);

    private sealed class DelegateVisitor(
        Func<SyntaxNode, VisitorContext, VisitorAction>? enter,
        Func<SyntaxNode, VisitorContext, VisitorAction>? leave) : Visitor
    {
        public override VisitorAction Enter(SyntaxNode node, VisitorContext context) =>
            enter?.Invoke(node, context) ?? VisitorAction.Continue;

        public override VisitorAction Leave(SyntaxNode node, VisitorContext context) =>
            leave?.Invoke(node, context) ?? VisitorAction.Continue;
    }
}

/// <summary>Where the visited node stands: its ancestors, the root first. Valid only during the call it is given to.</summary>
public readonly struct VisitorContext
{
    private readonly List<SyntaxNode> _ancestors;

    internal VisitorContext(List<SyntaxNode> ancestors) => _ancestors = ancestors;

    /// <summary>The node's ancestors, the root first and the parent last.</summary>
    public IReadOnlyList<SyntaxNode> Ancestors => _ancestors;

    /// <summary>The node's parent, or null for the root.</summary>
    public SyntaxNode? Parent => _ancestors.Count == 0 ? null : _ancestors[^1];
}
