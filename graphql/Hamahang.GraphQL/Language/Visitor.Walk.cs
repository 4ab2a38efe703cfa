namespace Hamahang.GraphQL.Language;

/// <summary>One walk of a <see cref="Visitor"/> over a tree: the ancestors, the break flag and the rebuilding of edited nodes.</summary>
internal sealed partial class VisitorWalk(Visitor visitor)
{
    private readonly List<SyntaxNode> _ancestors = [];
    private bool _stopped;

    /// <summary>Visits a node and returns it as edited, or null when it was removed.</summary>
    public SyntaxNode? Visit(SyntaxNode node)
    {
        var entered = visitor.Enter(node, new VisitorContext(_ancestors));
        switch (entered.Kind)
        {
            case VisitorActionKind.Break:
                _stopped = true;
                return node;
            case VisitorActionKind.Skip:
                return node;
            case VisitorActionKind.Remove:
                return null;
            case VisitorActionKind.Replace:
                node = entered.Node!;
                break;
        }

        _ancestors.Add(node);
        var edited = VisitChildren(node);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        if (_stopped)
        {
            return edited;
        }

        var left = visitor.Leave(edited, new VisitorContext(_ancestors));
        switch (left.Kind)
        {
            case VisitorActionKind.Break:
                _stopped = true;
                return edited;
            case VisitorActionKind.Remove:
                return null;
            case VisitorActionKind.Replace:
                return left.Node!;
            default:
                return edited;
        }
    }

    /// <summary>Visits a child that may be absent; a removed child becomes absent.</summary>
    private T? Optional<T>(T? child, ref bool changed)
        where T : SyntaxNode
    {
        if (child is null || _stopped)
        {
            return child;
        }

        var edited = Visit(child);
        if (ReferenceEquals(edited, child))
        {
            return child;
        }

        changed = true;
        return edited is null ? null : Cast<T>(edited);
    }

    /// <summary>Visits a child that must be present.</summary>
    private T Required<T>(T child, ref bool changed)
        where T : SyntaxNode =>
        Optional(child, ref changed)
        ?? throw new InvalidOperationException($"A {child.Kind} cannot be removed from where it stands; replace it instead.");

    /// <summary>Visits a list's items, dropping removed ones; the list is copied only when an item changed.</summary>
    private IReadOnlyList<T> List<T>(IReadOnlyList<T> items, ref bool changed)
        where T : SyntaxNode
    {
        List<T>? edited = null;
        var i = 0;
        for (; i < items.Count && !_stopped; i++)
        {
            var item = items[i];
            var result = Visit(item);
            if (edited is null && ReferenceEquals(result, item))
            {
                continue;
            }

            if (edited is null)
            {
                edited = new List<T>(items.Count);
                for (var j = 0; j < i; j++)
                {
                    edited.Add(items[j]);
                }
            }

            if (result is not null)
            {
                edited.Add(Cast<T>(result));
            }
        }

        if (edited is null)
        {
            return items;
        }

        for (; i < items.Count; i++)
        {
            edited.Add(items[i]);
        }

        changed = true;
        return [.. edited];
    }

    private static T Cast<T>(SyntaxNode node)
        where T : SyntaxNode =>
        node as T ?? throw new InvalidOperationException($"A {node.Kind} cannot stand where a {typeof(T).Name} is expected.");
}
