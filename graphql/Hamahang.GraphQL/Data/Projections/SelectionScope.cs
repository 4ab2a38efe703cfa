using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Data;

/// <summary>What reading a selection set needs beyond the field nodes: the document's fragments and the request's variables.</summary>
/// <param name="Fragments">Fragment definitions by name.</param>
/// <param name="Variables">Coerced variable values by name.</param>
internal sealed record SelectionScope(IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments, IReadOnlyDictionary<string, object?> Variables)
{
    /// <summary>The key under which an executor may leave the scope in <see cref="IResolverContext.ContextData"/>.</summary>
    public const string ContextKey = "Hamahang.GraphQL.Data.SelectionScope";

    public static SelectionScope Empty { get; } = new(new Dictionary<string, FragmentDefinitionNode>(), new Dictionary<string, object?>());

    /// <summary>The scope of the request <paramref name="context"/> belongs to.</summary>
    public static SelectionScope Of(IResolverContext context) => context switch
    {
        Execution.ResolverContext resolver => new SelectionScope(resolver.Operation.Fragments, resolver.Operation.Variables),
        _ => context.ContextData.TryGetValue(ContextKey, out var scope) && scope is SelectionScope known ? known : Empty,
    };
}
