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
            collector.Visit(operation.SelectionSet, null);
            if (collector.Forbidden.Count > 0)
            {
                context.ReportError(ValidationErrors.SubscriptionSkipInclude(name), [.. collector.Forbidden]);
                return;
            }

            var groups = collector.Groups;
            if (groups.Count == 0)
            {
                context.ReportError(ValidationErrors.SubscriptionNoField(name), operation.SelectionSet);
            }
            else if (groups.Count > 1)
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

    /// <summary>graphql-js's <c>collectFields</c> with <c>@skip</c>/<c>@include</c> forbidden, spending fragment work as it goes.</summary>
    private sealed class RootFieldCollector(ValidationContext context, Dictionary<string, FragmentDefinitionNode> fragments, ObjectType runtimeType)
    {
        private readonly Dictionary<string, List<FieldNode>> _byKey = new(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<DirectiveNode?>> _visitedFragments = new(StringComparer.Ordinal);

        public List<List<FieldNode>> Groups { get; } = [];

        public List<DirectiveNode> Forbidden { get; } = [];

        public void Visit(SelectionSetNode selectionSet, DirectiveNode? deferUsage)
        {
            ValidationStoppedException.EnsureStack();
            context.SpendFragmentWork(selectionSet.Selections.Count);
            foreach (var selection in selectionSet.Selections)
            {
                context.SpendFragmentWork(selection.Directives.Count);
                context.SpendFragmentWork(Directives.Find(selection.Directives, "defer")?.Arguments.Count ?? 0);
            }

            foreach (var selection in selectionSet.Selections)
            {
                if (!ShouldInclude(selection))
                {
                    continue;
                }

                switch (selection)
                {
                    case FieldNode field:
                        if (!_byKey.TryGetValue(field.ResponseKey, out var group))
                        {
                            group = [];
                            _byKey[field.ResponseKey] = group;
                            Groups.Add(group);
                        }

                        group.Add(field);
                        break;
                    case InlineFragmentNode inline when ConditionMatches(inline.TypeCondition):
                        Visit(inline.SelectionSet, DeferOf(inline) ?? deferUsage);
                        break;
                    case FragmentSpreadNode spread:
                        VisitSpread(spread, deferUsage);
                        break;
                }
            }
        }

        private void VisitSpread(FragmentSpreadNode spread, DirectiveNode? deferUsage)
        {
            var name = spread.Name.Value;
            if (!fragments.TryGetValue(name, out var fragment) || !ConditionMatches(fragment.TypeCondition))
            {
                return;
            }

            var usage = DeferOf(spread) ?? deferUsage;
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
            Visit(fragment.SelectionSet, usage);
        }

        private bool ShouldInclude(SelectionNode selection)
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

        private bool ConditionMatches(NamedTypeNode? typeCondition)
        {
            if (typeCondition is null)
            {
                return true;
            }

            var conditional = context.Schema.GetType(typeCondition.Name.Value);
            return ReferenceEquals(conditional, runtimeType)
                || (conditional is InterfaceType or UnionType && context.Schema.IsSubType(conditional, runtimeType));
        }

        // A @defer whose "if" is not the literal false starts a new deferred group (a missing variable takes the default, true).
        private static DirectiveNode? DeferOf(SelectionNode selection) =>
            Directives.Find(selection.Directives, "defer") is { } defer
            && !(defer.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value is BooleanValueNode { Value: false })
                ? defer
                : null;
    }
}
