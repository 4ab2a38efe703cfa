using Hamahang.GraphQL.Execution.Planning;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// What reading a selection needs beyond its field plans: the document's fragments, the request's variables and a
/// <see cref="FieldCollector"/> that reads a field's sub-plans from the field's cache (where the executor keeps them)
/// or collects them as the executor does.
/// </summary>
/// <param name="Fragments">Fragment definitions by name.</param>
/// <param name="Variables">Coerced variable values by name.</param>
internal sealed record SelectionScope(IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments, IReadOnlyDictionary<string, object?> Variables)
{
    /// <summary>The key under which a caller that is not the executor may leave the scope in <see cref="IResolverContext.ContextData"/>.</summary>
    public const string ContextKey = "Hamahang.GraphQL.Data.SelectionScope";

    public static SelectionScope Empty { get; } = new(new Dictionary<string, FragmentDefinitionNode>(), new Dictionary<string, object?>());

    /// <summary>Reads or collects the plan of a field's selection set for an object type.</summary>
    public FieldCollector? Planner { get; init; }

    /// <summary>The scope of the request <paramref name="context"/> belongs to.</summary>
    public static SelectionScope Of(IResolverContext context)
    {
        var scope = context switch
        {
            Execution.ResolverContext resolver => new SelectionScope(resolver.Operation.Fragments, resolver.Operation.Variables),
            _ => context.ContextData.TryGetValue(ContextKey, out var value) && value is SelectionScope known ? known : Empty,
        };
        return scope with { Planner = new FieldCollector(context.Schema, scope.Fragments, scope.Variables) };
    }

    /// <summary>The plan of the field <paramref name="context"/> resolves.</summary>
    public static FieldPlan PlanOf(IResolverContext context) => context is Execution.ResolverContext resolver
        ? resolver.Plan
        : new FieldPlan(context.ResponseName, [.. context.FieldSelections], context.Field, context.ParentType);

    /// <summary>
    /// The fields selected below <paramref name="plans"/> on <paramref name="type"/>, read from their sub-plans and grouped by
    /// response name and field: the same in one plan, but plans of several aliases of one parent
    /// (<c>a: node { x: status } b: node { x: markdown }</c>) may reuse a response name for different fields.
    /// </summary>
    public List<SelectedField> Children(IEnumerable<FieldPlan> plans, ObjectType type)
    {
        var planner = Planner ?? throw new InvalidOperationException("The selection scope has no planner; create it with SelectionScope.Of.");
        var fields = new List<SelectedField>();
        var byKey = new Dictionary<(string, string), List<FieldPlan>>();
        foreach (var plan in plans)
        {
            foreach (var child in planner.SubPlan(plan, type).Fields)
            {
                var key = (child.ResponseName, child.Field.Name);
                if (byKey.TryGetValue(key, out var group))
                {
                    group.Add(child);
                }
                else
                {
                    group = [child];
                    byKey[key] = group;
                    fields.Add(new SelectedField(child.Field, child.ResponseName, group, this));
                }
            }
        }

        return fields;
    }
}
