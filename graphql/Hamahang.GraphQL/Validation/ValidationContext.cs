using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Validation;

/// <summary>
/// What every rule sees while one document is validated: the schema, the document, the type
/// information of the walk, the fragments by name, variable usages, and where errors go
/// (graphql-js's <c>ValidationContext</c>). Fragment lookups are cached for the whole walk and
/// count against a budget of fragment work (50 000 units, as graphql-js 17.1.0), past which
/// validation stops with "Validation aborted.".
/// See https://spec.graphql.org/September2025/#sec-Validation .
/// </summary>
public sealed partial class ValidationContext
{
    private const int FragmentWorkBudget = 50_000;

    private readonly Action<GraphQLError> _onError;
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _fragmentSpreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, IReadOnlyList<FragmentDefinitionNode>> _recursivelyReferencedFragments = new(StringComparer.Ordinal);
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private IReadOnlyDictionary<string, KnownDirective>? _knownDirectives;
    private int _remainingFragmentWork = FragmentWorkBudget;

    /// <summary>Creates the context of one validation walk.</summary>
    /// <param name="schema">The schema the document is validated against.</param>
    /// <param name="document">The document.</param>
    /// <param name="typeInfo">The type information the walk keeps up to date.</param>
    /// <param name="options">The options (suggestions, error limit).</param>
    /// <param name="onError">Receives each error a rule reports.</param>
    public ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, ValidationOptions options, Action<GraphQLError> onError)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(typeInfo);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(onError);
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        Options = options;
        _onError = onError;
    }

    /// <summary>The schema the document is validated against.</summary>
    public Schema Schema { get; }

    /// <summary>The document being validated.</summary>
    public DocumentNode Document { get; }

    /// <summary>The type information of the walk at the node being visited.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>The directives the document may use, by name: the schema's and those the document defines.</summary>
    internal IReadOnlyDictionary<string, KnownDirective> KnownDirectives => _knownDirectives ??= Validation.KnownDirectives.Of(Schema, Document);

    /// <summary>The options of this validation.</summary>
    public ValidationOptions Options { get; }

    /// <summary>Whether messages leave out "Did you mean" suggestions.</summary>
    public bool HideSuggestions => !Options.Suggestions;

    /// <summary>Reports an error; past the error limit, validation stops.</summary>
    /// <param name="error">The error.</param>
    public void ReportError(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _onError(error);
    }

    /// <summary>Reports an error made of a message and the nodes it refers to.</summary>
    /// <param name="message">The message.</param>
    /// <param name="nodes">The nodes, in the order their locations are listed.</param>
    public void ReportError(string message, params SyntaxNode[] nodes) => ReportError(new GraphQLError(message, nodes: nodes));

    /// <summary>Takes <paramref name="cost"/> units from the fragment work budget; validation stops when it is spent.</summary>
    /// <param name="cost">The units of work.</param>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            throw new ValidationStoppedException(ValidationStoppedException.Aborted);
        }
    }

    /// <summary>The fragment defined with that name (the last one, when there are several), or null.</summary>
    /// <param name="name">The fragment's name.</param>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads in a selection set and the selection sets inside it (not inside the fragments spread).</summary>
    /// <param name="selectionSet">The selection set.</param>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        ArgumentNullException.ThrowIfNull(selectionSet);
        if (_fragmentSpreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } inner }:
                        setsToVisit.Push(inner);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>The fragments an operation spreads, directly or through other fragments.</summary>
    /// <param name="operation">The operation.</param>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation) =>
        GetRecursivelyReferencedFragments([operation]);

    /// <summary>The fragments any of the operations spreads, directly or through other fragments.</summary>
    /// <param name="operations">The operations.</param>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        // Most operations spread no fragment: then nothing below is allocated.
        List<string>? fragmentNames = null;
        HashSet<string>? seen = null;
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                seen ??= new HashSet<string>(StringComparer.Ordinal);
                if (seen.Add(spread.Name.Value))
                {
                    (fragmentNames ??= []).Add(spread.Name.Value);
                }
            }
        }

        if (fragmentNames is null || seen is null)
        {
            return [];
        }

        var sorted = fragmentNames.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var key = string.Join(',', sorted);
        if (_recursivelyReferencedFragments.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        SpendFragmentWork(fragmentNames.Count);
        for (var i = 0; i < fragmentNames.Count; i++)
        {
            if (GetFragment(fragmentNames[i]) is { } fragment)
            {
                fragments.Add(fragment);
                var spreads = GetFragmentSpreads(fragment.SelectionSet);
                SpendFragmentWork(spreads.Count);
                foreach (var spread in spreads)
                {
                    if (seen.Add(spread.Name.Value))
                    {
                        fragmentNames.Add(spread.Name.Value);
                    }
                }
            }
        }

        _recursivelyReferencedFragments[key] = fragments;
        return fragments;
    }
}
