using Hamahang.GraphQL.Execution.Planning;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// Single Root Field: a subscription selects exactly one root field (after fragments are collected),
/// not an introspection field, and its root selection uses no <c>@skip</c> or <c>@include</c>.
/// See https://spec.graphql.org/September2025/#sec-Single-Root-Field .
/// </summary>
public sealed class SingleFieldSubscriptionsRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        private Dictionary<string, FragmentDefinitionNode>? _fragments;

        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            if (node is OperationDefinitionNode { Operation: OperationType.Subscription } operation
                && context.Schema.SubscriptionType is { } subscriptionType)
            {
                Check(operation, subscriptionType);
            }

            return true;
        }

        private void Check(OperationDefinitionNode operation, ObjectType subscriptionType)
        {
            var name = operation.Name?.Value;
            if (_fragments is null)
            {
                _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
                foreach (var definition in context.Document.Definitions)
                {
                    if (definition is FragmentDefinitionNode fragment)
                    {
                        _fragments[fragment.Name.Value] = fragment;
                    }
                }
            }

            var collector = new RootFieldCollector(context, _fragments, subscriptionType);
            collector.Visit(operation.SelectionSet);
            if (collector.Forbidden.Count > 0)
            {
                context.ReportError(ValidationErrors.SubscriptionSkipInclude(name), [.. collector.Forbidden]);
                return;
            }

            var groups = collector.Groups;
            if (collector.Count == 0)
            {
                context.ReportError(ValidationErrors.SubscriptionNoField(name), operation.SelectionSet);
            }
            else if (collector.Count > 1)
            {
                context.ReportError(ValidationErrors.SubscriptionManyFields(name), [.. groups.Skip(1).SelectMany(g => g)]);
            }

            foreach (var group in groups)
            {
                if (group[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                {
                    context.ReportError(ValidationErrors.SubscriptionIntrospection(name), [.. group]);
                }
            }
        }
    }

    /// <summary>
    /// The root fields as graphql-js's <c>collectFields</c> groups them for this rule: <c>@skip</c>/<c>@include</c> are
    /// forbidden (collected for the error, the selection left out), a fragment is revisited under a new <c>@defer</c>,
    /// and the fragment work is spent as it goes.
    /// </summary>
    private sealed class RootFieldCollector : CollectFields
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, HashSet<DirectiveNode?>> _visitedFragments = new(StringComparer.Ordinal);

        public RootFieldCollector(ValidationContext context, Dictionary<string, FragmentDefinitionNode> fragments, ObjectType runtimeType)
            : base(context.Schema, fragments, variables: null)
        {
            _context = context;
            Start(runtimeType);
        }

        public IEnumerable<List<FieldNode>> Groups => GroupedFields.Values;

        public int Count => GroupedFields.Count;

        public List<DirectiveNode> Forbidden { get; } = [];

        public void Visit(SelectionSetNode selectionSet) => Collect(selectionSet);

        protected override void EnterSelectionSet(SelectionSetNode selectionSet)
        {
            ValidationStoppedException.EnsureStack();
            _context.SpendFragmentWork(selectionSet.Selections.Count);
            foreach (var selection in selectionSet.Selections)
            {
                _context.SpendFragmentWork(selection.Directives.Count);
                _context.SpendFragmentWork(Directives.Find(selection.Directives, "defer")?.Arguments.Count ?? 0);
            }
        }

        protected override void CollectFragmentSpread(FragmentSpreadNode spread, DirectiveNode? deferUsage)
        {
            var name = spread.Name.Value;
            if (!Fragments.TryGetValue(name, out var fragment) || !DoesFragmentTypeApply(fragment.TypeCondition))
            {
                return;
            }

            var usage = DeferUsageOf(spread) ?? deferUsage;
            if (!_visitedFragments.TryGetValue(name, out var visited))
            {
                visited = [];
                _visitedFragments[name] = visited;
            }

            if (visited.Contains(null) || (usage is not null && visited.Contains(usage)))
            {
                return;
            }

            visited.Add(usage);
            Collect(fragment.SelectionSet, usage);
        }

        protected override bool ShouldInclude(SelectionNode selection)
        {
            if (Directives.Find(selection.Directives, "skip") is { } skip)
            {
                Forbidden.Add(skip);
                return false;
            }

            if (Directives.Find(selection.Directives, "include") is { } include)
            {
                Forbidden.Add(include);
                return false;
            }

            return true;
        }

        // A @defer whose "if" is not the literal false starts a new deferred group (a missing variable takes the default, true).
        protected override DirectiveNode? DeferUsageOf(SelectionNode selection) =>
            Directives.Find(selection.Directives, "defer") is { } defer
            && !(defer.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value is BooleanValueNode { Value: false })
                ? defer
                : null;
    }
}
