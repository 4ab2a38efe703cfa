using System.Collections.Concurrent;
using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation;

/// <summary>
/// One walk of a document with every rule's visitor in parallel (graphql-js's <c>visitInParallel</c>
/// inside <c>visitWithTypeInfo</c>): at each node the type information is updated, then each rule is
/// called in list order, unless that rule skipped an enclosing node. Descriptions are not visited.
/// </summary>
internal sealed class DocumentWalk : Visitor
{
    private static readonly ConcurrentDictionary<Type, bool> LeavingTypes = new();

    private readonly TypeInfo _typeInfo;
    private readonly ValidationRuleVisitor[] _visitors;
    private readonly SyntaxNode?[] _skipping;
    private readonly bool[] _leaves;

    public DocumentWalk(TypeInfo typeInfo, ValidationRuleVisitor[] visitors)
    {
        _typeInfo = typeInfo;
        _visitors = visitors;
        _skipping = new SyntaxNode?[visitors.Length];
        _leaves = Array.ConvertAll(visitors, v => Leaves(v.GetType()));
    }

    // Most rules act on entering nodes only; their (empty) Leave is not called at every node.
    private static bool Leaves(Type visitor) => LeavingTypes.GetOrAdd(visitor, static type =>
        type.GetMethod(nameof(ValidationRuleVisitor.Leave), [typeof(SyntaxNode), typeof(VisitorContext)])!.DeclaringType != typeof(ValidationRuleVisitor));

    /// <summary>Whether a node is the description of its parent (descriptions must not affect validation).</summary>
    public static bool IsDescription(SyntaxNode node, SyntaxNode? parent) =>
        node is StringValueNode && parent switch
        {
            ExecutableDefinitionNode d => ReferenceEquals(d.Description, node),
            VariableDefinitionNode d => ReferenceEquals(d.Description, node),
            TypeSystemDefinitionNode d => ReferenceEquals(d.Description, node),
            FieldDefinitionNode d => ReferenceEquals(d.Description, node),
            InputValueDefinitionNode d => ReferenceEquals(d.Description, node),
            EnumValueDefinitionNode d => ReferenceEquals(d.Description, node),
            _ => false,
        };

    public override VisitorAction Enter(SyntaxNode node, VisitorContext context)
    {
        if (IsDescription(node, context.Parent))
        {
            return VisitorAction.Skip;
        }

        ValidationStoppedException.EnsureStack();
        _typeInfo.Enter(node);
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_skipping[i] is null && !_visitors[i].Enter(node, context))
            {
                _skipping[i] = node;
            }
        }

        return VisitorAction.Continue;
    }

    public override VisitorAction Leave(SyntaxNode node, VisitorContext context)
    {
        for (var i = 0; i < _visitors.Length; i++)
        {
            var skipping = _skipping[i];
            if (skipping is null)
            {
                if (_leaves[i])
                {
                    _visitors[i].Leave(node, context);
                }
            }
            else if (ReferenceEquals(skipping, node))
            {
                _skipping[i] = null;
            }
        }

        _typeInfo.Leave(node);
        return VisitorAction.Continue;
    }
}
