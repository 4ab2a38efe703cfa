using Hamahang.GraphQL.Execution.Planning;

namespace Hamahang.GraphQL.Execution.Results;

/// <summary>
/// A map or list of the response while it is being built: completed leaf values sit in its slots, maps
/// and lists are nodes of their own. Each node knows its place in its parent, so a field error can be
/// carried to the nearest nullable parent ("Handling Execution Errors") and the path of an error is
/// computed only when one happens. See https://spec.graphql.org/September2025/#sec-Handling-Execution-Errors.
/// </summary>
internal abstract class ResultNode
{
    private List<int>? _errorSlots;

    protected ResultNode(ResultNode? parent, int parentIndex, bool nullableInParent)
    {
        Parent = parent;
        ParentIndex = parentIndex;
        NullableInParent = nullableInParent;
    }

    /// <summary>The node holding this one; null for the root map.</summary>
    public ResultNode? Parent { get; }

    /// <summary>This node's slot in its parent.</summary>
    public int ParentIndex { get; }

    /// <summary>True when the position this node fills may be null (its type there is not non-null).</summary>
    public bool NullableInParent { get; }

    /// <summary>Sets slot <paramref name="index"/>.</summary>
    public abstract void Set(int index, object? value);

    /// <summary>The response path key of slot <paramref name="index"/>: a response name or a list index.</summary>
    public abstract object KeyOf(int index);

    /// <summary>Remembers that an error was recorded for slot <paramref name="index"/> (the slot is null).</summary>
    public void MarkError(int index) => (_errorSlots ??= []).Add(index);

    /// <summary>True when an error was recorded for slot <paramref name="index"/>.</summary>
    public bool HasError(int index) => _errorSlots is { } slots && slots.Contains(index);

    /// <summary>The response path of slot <paramref name="index"/>, from the root.</summary>
    public IReadOnlyList<object> PathOf(int index)
    {
        var depth = 1;
        for (var node = this; node.Parent is not null; node = node.Parent)
        {
            depth++;
        }

        var path = new object[depth];
        path[--depth] = KeyOf(index);
        for (var node = this; node.Parent is not null; node = node.Parent)
        {
            path[--depth] = node.Parent.KeyOf(node.ParentIndex);
        }

        return path;
    }
}

/// <summary>A response map: one slot per field of its selection set plan, in response order.</summary>
internal sealed class ResultObject : ResultNode
{
    public ResultObject(SelectionSetPlan plan, ResultNode? parent, int parentIndex, bool nullableInParent)
        : base(parent, parentIndex, nullableInParent)
    {
        Plan = plan;
        Values = plan.Fields.Length == 0 ? [] : new object?[plan.Fields.Length];
    }

    /// <summary>The plan whose fields name the slots.</summary>
    public SelectionSetPlan Plan { get; }

    /// <summary>The completed values: leaves, <see cref="ResultObject"/>, <see cref="ResultList"/> or null.</summary>
    public object?[] Values { get; }

    /// <inheritdoc />
    public override void Set(int index, object? value) => Values[index] = value;

    /// <inheritdoc />
    public override object KeyOf(int index) => Plan.Fields[index].ResponseName;
}

/// <summary>A response list.</summary>
internal sealed class ResultList : ResultNode
{
    public ResultList(int count, ResultNode parent, int parentIndex, bool nullableInParent)
        : base(parent, parentIndex, nullableInParent)
    {
        Items = count == 0 ? [] : new object?[count];
    }

    /// <summary>The completed items.</summary>
    public object?[] Items { get; }

    /// <inheritdoc />
    public override void Set(int index, object? value) => Items[index] = value;

    /// <inheritdoc />
    public override object KeyOf(int index) => index;
}
