using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation;

/// <summary>
/// What a rule does as the validator walks a document: <see cref="Enter"/> before a node's children,
/// <see cref="Leave"/> after them. Descriptions are not visited (they must not affect validation).
/// The walk's <see cref="ValidationContext.TypeInfo"/> describes the node being entered or left.
/// See https://spec.graphql.org/September2025/#sec-Validation .
/// </summary>
public abstract class ValidationRuleVisitor
{
    /// <summary>Called before the node's children; return false to skip them (for this rule only), and the node's <see cref="Leave"/>.</summary>
    /// <param name="node">The node.</param>
    /// <param name="context">The node's ancestors (nodes only, the root first).</param>
    public virtual bool Enter(SyntaxNode node, VisitorContext context) => true;

    /// <summary>Called after the node's children were visited.</summary>
    /// <param name="node">The node.</param>
    /// <param name="context">The node's ancestors (nodes only, the root first).</param>
    public virtual void Leave(SyntaxNode node, VisitorContext context)
    {
    }
}
