using Hamahang.GraphQL.Execution.Planning;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// One field of a selection set as the data conventions see it: its definition, the executor's field plans merged
/// into it, its coerced arguments, and the fields selected below it, read from the plans the executor resolves
/// (fragments expanded, <c>@skip</c> and <c>@include</c> honoured by <see cref="CollectFields"/>). Used to build
/// projections and to know whether <c>totalCount</c> is selected.
/// </summary>
public sealed class SelectedField
{
    private readonly SelectionScope _scope;
    private readonly List<FieldPlan> _plans;
    private IReadOnlyDictionary<string, object?>? _arguments;
    private FieldNode[]? _nodes;
    private ObjectType? _childrenType;
    private List<SelectedField>? _children;

    internal SelectedField(FieldDefinition field, string responseName, List<FieldPlan> plans, SelectionScope scope)
    {
        Field = field;
        ResponseName = responseName;
        _plans = plans;
        _scope = scope;
    }

    /// <summary>The request's fragments, variables and planner.</summary>
    internal SelectionScope Scope => _scope;

    /// <summary>The executor's plans merged into this field (one per alias).</summary>
    internal IReadOnlyList<FieldPlan> Plans => _plans;

    /// <summary>The field's definition.</summary>
    public FieldDefinition Field { get; }

    /// <summary>The alias or name.</summary>
    public string ResponseName { get; }

    /// <summary>The syntax nodes merged into this field.</summary>
    public IReadOnlyList<FieldNode> Nodes => _nodes ??= [.. _plans.SelectMany(p => p.Nodes)];

    /// <summary>The argument values, coerced with the request's variables (defaults applied).</summary>
    public IReadOnlyDictionary<string, object?> Arguments => _arguments ??= CoerceArguments();

    /// <summary>The selection of the field <paramref name="context"/> resolves.</summary>
    /// <param name="context">The resolver context.</param>
    public static SelectedField Current(IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new SelectedField(context.Field, context.ResponseName, [SelectionScope.PlanOf(context)], SelectionScope.Of(context));
    }

    /// <summary>The fields selected below this one on <paramref name="type"/>.</summary>
    /// <param name="type">The object type the sub-selection applies to.</param>
    public IReadOnlyList<SelectedField> Children(ObjectType type)
    {
        if (_children is null || !ReferenceEquals(_childrenType, type))
        {
            _children = _scope.Children(_plans, type);
            _childrenType = type;
        }

        return _children;
    }

    /// <summary>The child selected under <paramref name="name"/> (a field name, first match), or null.</summary>
    /// <param name="type">The type the sub-selection applies to.</param>
    /// <param name="name">The field's name.</param>
    public SelectedField? Child(ObjectType type, string name) => Children(type).FirstOrDefault(c => c.Field.Name == name);

    /// <summary>This field with the plans of <paramref name="others"/> (the same member under other aliases) added.</summary>
    internal SelectedField MergedWith(IEnumerable<SelectedField> others) =>
        new(Field, ResponseName, [.. others.SelectMany(o => o._plans).Distinct()], _scope);

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
