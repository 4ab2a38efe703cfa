using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// Field Selection Merging: fields of a selection set that share a response name (directly, or
/// through fragments) can be merged: they are the same field with the same arguments, or can never
/// both apply (different object parent types), and their types and sub-selections agree.
/// This is graphql-js's algorithm with its memoisation (collected fields per selection set and
/// type, compared fragment pairs, compared field pairs), and its budget of 500 000 units of
/// comparison work, past which validation stops with "Validation aborted.".
/// See https://spec.graphql.org/September2025/#sec-Field-Selection-Merging .
/// </summary>
public sealed partial class OverlappingFieldsCanBeMergedRule : IValidationRule
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int MaxComplexityBudget = 500_000;

    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(new Comparer(context));

    private sealed class Visitor(Comparer comparer) : ValidationRuleVisitor
    {
        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            if (node is not SelectionSetNode selectionSet || ancestors.Parent is InlineFragmentNode)
            {
                return true;
            }

            if (selectionSet.Selections.Count <= 1 && (selectionSet.Selections.Count == 0 || selectionSet.Selections[0] is not InlineFragmentNode))
            {
                return true;
            }

            foreach (var conflict in comparer.FindConflictsWithinSelectionSet(comparer.Context.TypeInfo.ParentType, selectionSet))
            {
                comparer.Context.ReportError(new GraphQLError(
                    ValidationErrors.FieldConflict(MaybeAbbreviate(conflict.ResponseName), conflict.Reason),
                    nodes: [.. conflict.Fields1, .. conflict.Fields2]));
            }

            return true;
        }
    }

    /// <summary>The rule's memory for one document: caches, compared pairs and the remaining budget.</summary>
    private sealed partial class Comparer(ValidationContext context)
    {
        private readonly Dictionary<(CollectFieldsResult, object), bool> _comparedFieldsAndFragmentPairs = [];
        private readonly Dictionary<(object, object), bool> _comparedFragmentPairs = [];
        private readonly Dictionary<(GraphQLNamedType?, SelectionSetNode), CollectFieldsResult> _collectFieldsResults = [];
        private int _remainingBudget = MaxComplexityBudget;

        public ValidationContext Context { get; } = context;

        public List<Conflict> FindConflictsWithinSelectionSet(GraphQLNamedType? parentType, SelectionSetNode selectionSet)
        {
            var conflicts = new List<Conflict>();
            var result = CollectFields(parentType, selectionSet);
            CollectConflictsWithin(conflicts, result);
            if (result.Spreads.Count != 0 && (result.Groups.Count != 0 || result.Spreads.Count > 1))
            {
                var spreads = GetFragmentSpreads(result);
                for (var i = 0; i < spreads.Count; i++)
                {
                    CollectConflictsBetweenFieldsAndFragment(conflicts, false, result, spreads[i]);
                    for (var j = i + 1; j < spreads.Count; j++)
                    {
                        CollectConflictsBetweenFragments(conflicts, false, spreads[i], spreads[j]);
                    }
                }
            }

            return conflicts;
        }

        private void CollectConflictsBetweenFieldsAndFragment(
            List<Conflict> conflicts,
            bool mutuallyExclusive,
            CollectFieldsResult result,
            FragmentDefinitionNode? fragment)
        {
            ValidationStoppedException.EnsureStack();
            Spend(1);
            if (result.Groups.Count == 0)
            {
                return;
            }

            var key = (result, (object?)fragment ?? NoFragment);
            if (_comparedFieldsAndFragmentPairs.TryGetValue(key, out var stored) && (mutuallyExclusive || !stored))
            {
                return;
            }

            _comparedFieldsAndFragmentPairs[key] = mutuallyExclusive;
            if (fragment is null)
            {
                return;
            }

            var result2 = CollectFragmentFields(fragment);
            var referenced = GetFragmentSpreads(result2);
            if (ReferenceEquals(result, result2))
            {
                return;
            }

            CollectConflictsBetween(conflicts, mutuallyExclusive, result, result2);
            foreach (var spread in referenced)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, result, spread);
            }
        }

        private void CollectConflictsBetweenFragments(
            List<Conflict> conflicts,
            bool mutuallyExclusive,
            FragmentDefinitionNode? fragment1,
            FragmentDefinitionNode? fragment2)
        {
            ValidationStoppedException.EnsureStack();
            Spend(2);
            if (ReferenceEquals(fragment1, fragment2))
            {
                return;
            }

            object key1 = fragment1 ?? NoFragment, key2 = fragment2 ?? NoFragment;
            if (PairPresent(key1, key2, mutuallyExclusive) || PairPresent(key2, key1, mutuallyExclusive))
            {
                return;
            }

            _comparedFragmentPairs[(key1, key2)] = mutuallyExclusive;
            if (fragment1 is null || fragment2 is null)
            {
                return;
            }

            var result1 = CollectFragmentFields(fragment1);
            var referenced1 = GetFragmentSpreads(result1);
            var result2 = CollectFragmentFields(fragment2);
            var referenced2 = GetFragmentSpreads(result2);
            CollectConflictsBetween(conflicts, mutuallyExclusive, result1, result2);
            foreach (var spread2 in referenced2)
            {
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, fragment1, spread2);
            }

            foreach (var spread1 in referenced1)
            {
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, spread1, fragment2);
            }
        }

        private bool PairPresent(object a, object b, bool weaklyPresent) =>
            _comparedFragmentPairs.TryGetValue((a, b), out var stored) && (weaklyPresent || !stored);

        private List<Conflict> FindConflictsBetweenSubSelectionSets(
            bool mutuallyExclusive,
            GraphQLNamedType? parentType1,
            SelectionSetNode selectionSet1,
            GraphQLNamedType? parentType2,
            SelectionSetNode selectionSet2)
        {
            var conflicts = new List<Conflict>();
            var result1 = CollectFields(parentType1, selectionSet1);
            var spreads1 = GetFragmentSpreads(result1);
            var result2 = CollectFields(parentType2, selectionSet2);
            var spreads2 = GetFragmentSpreads(result2);
            CollectConflictsBetween(conflicts, mutuallyExclusive, result1, result2);
            foreach (var spread2 in spreads2)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, result1, spread2);
            }

            foreach (var spread1 in spreads1)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, result2, spread1);
            }

            foreach (var spread1 in spreads1)
            {
                foreach (var spread2 in spreads2)
                {
                    CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, spread1, spread2);
                }
            }

            return conflicts;
        }

        private void CollectConflictsWithin(List<Conflict> conflicts, CollectFieldsResult result)
        {
            foreach (var (responseName, fields) in result.Groups)
            {
                for (var i = 0; i < fields.Count; i++)
                {
                    for (var j = i + 1; j < fields.Count; j++)
                    {
                        if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        private void CollectConflictsBetween(List<Conflict> conflicts, bool mutuallyExclusive, CollectFieldsResult result1, CollectFieldsResult result2)
        {
            if (result1.Groups.Count == 0 || result2.Groups.Count == 0)
            {
                return;
            }

            foreach (var (responseName, fields1, fields2) in GetOverlappingFields(result1, result2))
            {
                foreach (var field1 in fields1)
                {
                    foreach (var field2 in fields2)
                    {
                        if (FindConflict(mutuallyExclusive, responseName, field1, field2) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        private List<(
            string ResponseName,
            List<FieldDetails> Fields1,
            List<FieldDetails> Fields2)> GetOverlappingFields(CollectFieldsResult result1, CollectFieldsResult result2)
        {
            result1.OverlappingFields ??= new Dictionary<CollectFieldsResult, List<(
                string,
                List<FieldDetails>,
                List<FieldDetails>)>>(ReferenceEqualityComparer.Instance);
            if (result1.OverlappingFields.TryGetValue(result2, out var cached))
            {
                return cached;
            }

            var overlapping = new List<(string, List<FieldDetails>, List<FieldDetails>)>();
            foreach (var (responseName, fields1) in result1.Groups)
            {
                Spend(1);
                if (result2.ByName.TryGetValue(responseName, out var fields2))
                {
                    overlapping.Add((responseName, fields1, fields2));
                }
            }

            result1.OverlappingFields[result2] = overlapping;
            return overlapping;
        }

        private void Spend(int cost)
        {
            _remainingBudget -= cost;
            if (_remainingBudget < 0)
            {
                throw new ValidationStoppedException(ValidationStoppedException.Aborted);
            }
        }
    }

    private static string MaybeAbbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...") : text;
}
