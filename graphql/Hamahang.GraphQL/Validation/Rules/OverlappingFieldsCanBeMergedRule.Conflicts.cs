using System.Text;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Validation.Rules;

public sealed partial class OverlappingFieldsCanBeMergedRule
{
    private sealed partial class Comparer
    {
        // Whether two fields with one response name conflict, and why (graphql-js findConflict).
        private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldDetails field1, FieldDetails field2)
        {
            ValidationStoppedException.EnsureStack();
            var node1 = field1.Node;
            var node2 = field2.Node;
            var mutuallyExclusive = parentFieldsAreMutuallyExclusive
                || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
            Spend(2);
            if (field1.IsSimpleLeaf && field2.IsSimpleLeaf
                && ReferenceEquals(field1.Definition?.Type, field2.Definition?.Type)
                && node1.Name.Value == node2.Name.Value)
            {
                return null;
            }

            var info1 = field1.Info ??= new FieldInfo(field1);
            var info2 = field2.Info ??= new FieldInfo(field2);
            if (!info1.Comparisons.TryGetValue(info2, out var comparison))
            {
                comparison = new FieldComparison();
                info1.Comparisons[info2] = comparison;
            }

            if (!mutuallyExclusive)
            {
                var name1 = node1.Name.Value;
                var name2 = node2.Name.Value;
                comparison.SameName ??= name1 == name2;
                if (comparison.SameName == false)
                {
                    return new Conflict(responseName, $"\"{MaybeAbbreviate(name1)}\" and \"{MaybeAbbreviate(name2)}\" are different fields", [node1], [node2]);
                }

                comparison.SameArguments ??= SameArguments(info1.Arguments, info2.Arguments);
                if (comparison.SameArguments == false)
                {
                    return new Conflict(responseName, "they have differing arguments", [node1], [node2]);
                }
            }

            if (field1.StreamDirective is not null || field2.StreamDirective is not null)
            {
                var reason = "they have overlapping stream directives";
                if (field1.StreamDirective is not null && field2.StreamDirective is not null)
                {
                    comparison.SameStreamArguments ??= SameArguments(info1.StreamArguments, info2.StreamArguments);
                    if (comparison.SameStreamArguments == true)
                    {
                        reason += ". See https://github.com/graphql/defer-stream-wg/discussions/100";
                    }
                }

                return new Conflict(responseName, reason, [node1], [node2]);
            }

            var type1 = field1.Definition?.Type;
            var type2 = field2.Definition?.Type;
            if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
            {
                info1.TypeString ??= type1.ToString();
                info2.TypeString ??= type2.ToString();
                return new Conflict(responseName, $"they return conflicting types \"{info1.TypeString}\" and \"{info2.TypeString}\"", [node1], [node2]);
            }

            if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
            {
                var conflicts = FindConflictsBetweenSubSelectionSets(mutuallyExclusive, info1.NamedType, selectionSet1, info2.NamedType, selectionSet2);
                return SubfieldConflicts(conflicts, responseName, node1, node2);
            }

            return null;
        }

        // Same argument names and values (graphql-js compareArguments; fragments here have no variables of their own).
        private bool SameArguments(ArgumentInfo? arguments1, ArgumentInfo? arguments2)
        {
            if (arguments1 is null)
            {
                return arguments2 is null;
            }

            if (arguments2 is null || arguments1.Nodes.Count != arguments2.Nodes.Count)
            {
                return false;
            }

            foreach (var argument in arguments1.Nodes)
            {
                Spend(1);
                if (!arguments2.Values.TryGetValue(argument.Name.Value, out var value2) || ValueKey(argument.Value) != ValueKey(value2))
                {
                    return false;
                }
            }

            return true;
        }

        // Two types conflict when they differ in list or non-null wrapping, or are different leaf types.
        private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
        {
            while (true)
            {
                if (ReferenceEquals(type1, type2))
                {
                    return false;
                }

                Spend(1);
                switch (type1, type2)
                {
                    case (ListType list1, ListType list2):
                        type1 = list1.OfType;
                        type2 = list2.OfType;
                        continue;
                    case (ListType, _) or (_, ListType):
                        return true;
                    case (NonNullType nonNull1, NonNullType nonNull2):
                        type1 = nonNull1.OfType;
                        type2 = nonNull2.OfType;
                        continue;
                    case (NonNullType, _) or (_, NonNullType):
                        return true;
                    default:
                        return (type1.IsLeafType || type2.IsLeafType) && !ReferenceEquals(type1, type2);
                }
            }
        }

        private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
        {
            if (conflicts.Count == 0)
            {
                return null;
            }

            var message = new StringBuilder();
            foreach (var conflict in conflicts)
            {
                if (message.Length > 0)
                {
                    message.Append(" and ");
                }

                message.Append("subfields \"").Append(MaybeAbbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
                if (message.Length > MaxConflictDetailLength)
                {
                    break;
                }
            }

            return new Conflict(
                responseName,
                MaybeAbbreviate(message.ToString()),
                ConflictNodes(node1, conflicts, first: true),
                ConflictNodes(node2, conflicts, first: false));
        }

        // The field and the nodes of its sub-conflicts, at most 20 (the last ones of each conflict).
        private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> conflicts, bool first)
        {
            var nodes = new List<FieldNode> { node };
            foreach (var conflict in conflicts)
            {
                var side = first ? conflict.Fields1 : conflict.Fields2;
                var remaining = MaxConflictNodes - nodes.Count;
                nodes.AddRange(remaining >= side.Count ? side : side.GetRange(side.Count - remaining, remaining));
                if (nodes.Count == MaxConflictNodes)
                {
                    break;
                }
            }

            return nodes;
        }
    }
}
