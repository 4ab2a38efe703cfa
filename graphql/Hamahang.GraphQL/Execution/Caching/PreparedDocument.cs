using System.Collections.Concurrent;
using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Execution.Planning;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Execution.Caching;

/// <summary>
/// A parsed document with what every later request for the same text can reuse: its validation errors
/// (validated once), its fragments by name, and the root plans of its operations (whose field plans cache
/// the plans of their selection sets). Kept by <see cref="DocumentCache"/>.
/// </summary>
internal sealed class PreparedDocument
{
    private readonly ConcurrentDictionary<OperationDefinitionNode, SelectionSetPlan> _rootPlans = new(ReferenceEqualityComparer.Instance);
    private IReadOnlyList<GraphQLError>? _validationErrors;

    public PreparedDocument(DocumentNode document, string? hash)
    {
        Document = document;
        Hash = hash;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        Fragments = fragments;
    }

    /// <summary>The document.</summary>
    public DocumentNode Document { get; }

    /// <summary>The SHA-256 of the document's text (lowercase hex), or null for a document given parsed.</summary>
    public string? Hash { get; }

    /// <summary>The fragment definitions by name.</summary>
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>The validation errors, computed on first use.</summary>
    public IReadOnlyList<GraphQLError> Validate(Schema schema, ValidationStage? validator)
    {
        if (validator is null)
        {
            return [];
        }

        return _validationErrors ??= validator(schema, Document);
    }

    /// <summary>The cached root plan of <paramref name="operation"/>, or null.</summary>
    public SelectionSetPlan? GetRootPlan(OperationDefinitionNode operation) => _rootPlans.GetValueOrDefault(operation);

    /// <summary>Caches the root plan of <paramref name="operation"/> (only plans that do not depend on variables).</summary>
    public void CacheRootPlan(OperationDefinitionNode operation, SelectionSetPlan plan) => _rootPlans.TryAdd(operation, plan);
}
