using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// One field of a selection set as the data conventions see it: its definition, the syntax nodes merged into
/// it, its coerced arguments, and the fields selected below it (fragments expanded, <c>@skip</c> and
/// <c>@include</c> honoured). Used to build projections and to know whether <c>totalCount</c> is selected.
/// </summary>
public sealed class SelectedField
{
    private readonly SelectionScope _scope;
    private IReadOnlyDictionary<string, object?>? _arguments;

    internal SelectedField(FieldDefinition field, string responseName, List<FieldNode> nodes, SelectionScope scope)
    {
        Field = field;
        ResponseName = responseName;
        Nodes = nodes;
        _scope = scope;
    }

    /// <summary>The request's fragments and variables.</summary>
    internal SelectionScope Scope => _scope;

    /// <summary>The field's definition.</summary>
    public FieldDefinition Field { get; }

    /// <summary>The alias or name.</summary>
    public string ResponseName { get; }

    /// <summary>The syntax nodes merged into this field.</summary>
    public IReadOnlyList<FieldNode> Nodes { get; }

    /// <summary>The argument values, coerced with the request's variables (defaults applied).</summary>
    public IReadOnlyDictionary<string, object?> Arguments => _arguments ??= CoerceArguments();

    /// <summary>The fields selected below this one on <paramref name="type"/>.</summary>
    /// <param name="type">The object or interface type the sub-selection applies to.</param>
    public IReadOnlyList<SelectedField> Children(ComplexType type) =>
        SelectionCollector.Collect(type, Nodes.Select(n => n.SelectionSet).OfType<SelectionSetNode>(), _scope);

    /// <summary>The child selected under <paramref name="name"/> (a field name, first match), or null.</summary>
    /// <param name="type">The type the sub-selection applies to.</param>
    /// <param name="name">The field's name.</param>
    public SelectedField? Child(ComplexType type, string name) => Children(type).FirstOrDefault(c => c.Field.Name == name);

    /// <summary>This field with the syntax nodes of <paramref name="others"/> (the same member under other aliases) added.</summary>
    internal SelectedField MergedWith(IEnumerable<SelectedField> others) =>
        new(Field, ResponseName, [.. others.SelectMany(o => o.Nodes).Distinct()], _scope);

    private Dictionary<string, object?> CoerceArguments()
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var given = Nodes[0].Arguments;
        foreach (var argument in Field.Arguments)
        {
            var node = given.FirstOrDefault(a => a.Name.Value == argument.Name);
            if (node is not null && InputLiterals.TryCoerce(node.Value, argument.Type, out var value, _scope.Variables)
                && !(node.Value is VariableNode v && !_scope.Variables.ContainsKey(v.Name.Value)))
            {
                values[argument.Name] = value;
            }
            else if (argument.HasDefaultValue)
            {
                values[argument.Name] = argument.DefaultValue;
            }
        }

        return values;
    }
}
