using System.Text;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Validation.Rules;

public sealed partial class OverlappingFieldsCanBeMergedRule
{
    /// <summary>Stands for "no such fragment" where a fragment is a dictionary key.</summary>
    private static readonly object NoFragment = new();

    /// <summary>Two sets of fields that cannot be merged under one response name.</summary>
    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    /// <summary>The fields of a selection set grouped by response name (fragment spreads kept aside), for one parent type.</summary>
    private sealed class CollectFieldsResult
    {
        public List<(string Name, List<FieldDetails> Fields)> Groups { get; } = [];

        public Dictionary<string, List<FieldDetails>> ByName { get; } = new(StringComparer.Ordinal);

        public List<FragmentSpreadNode> Spreads { get; } = [];

        public List<FragmentDefinitionNode?>? FragmentSpreads { get; set; }

        public Dictionary<CollectFieldsResult, List<(string, List<FieldDetails>, List<FieldDetails>)>>? OverlappingFields { get; set; }
    }

    /// <summary>One field as collected: its node, the type it was selected on and its definition there.</summary>
    private sealed class FieldDetails(GraphQLNamedType? parentType, FieldNode node, FieldDefinition? definition, DirectiveNode? streamDirective)
    {
        public GraphQLNamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public FieldDefinition? Definition { get; } = definition;

        public DirectiveNode? StreamDirective { get; } = streamDirective;

        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null && streamDirective is null;

        public FieldInfo? Info { get; set; }
    }

    /// <summary>What comparisons of a field need, computed once, and the comparisons already made.</summary>
    private sealed class FieldInfo(FieldDetails details)
    {
        public Dictionary<FieldInfo, FieldComparison> Comparisons { get; } = new(ReferenceEqualityComparer.Instance);

        public GraphQLNamedType? NamedType { get; } = details.Definition?.Type.NamedType;

        public ArgumentInfo? Arguments { get; } = ArgumentInfo.Of(details.Node.Arguments);

        public ArgumentInfo? StreamArguments { get; } = details.StreamDirective is { } stream ? ArgumentInfo.Of(stream.Arguments) : null;

        public string? TypeString { get; set; }
    }

    private sealed class FieldComparison
    {
        public bool? SameName { get; set; }

        public bool? SameArguments { get; set; }

        public bool? SameStreamArguments { get; set; }
    }

    private sealed class ArgumentInfo
    {
        private ArgumentInfo(IReadOnlyList<ArgumentNode> nodes)
        {
            Nodes = nodes;
            foreach (var argument in nodes)
            {
                Values[argument.Name.Value] = argument.Value;
            }
        }

        public IReadOnlyList<ArgumentNode> Nodes { get; }

        public Dictionary<string, ValueNode> Values { get; } = new(StringComparer.Ordinal);

        public static ArgumentInfo? Of(IReadOnlyList<ArgumentNode> nodes) => nodes.Count == 0 ? null : new ArgumentInfo(nodes);
    }

    private sealed partial class Comparer
    {
        private readonly Dictionary<ValueNode, string> _valueKeys = new(ReferenceEqualityComparer.Instance);

        private CollectFieldsResult CollectFields(GraphQLNamedType? parentType, SelectionSetNode selectionSet)
        {
            if (!_collectFieldsResults.TryGetValue((parentType, selectionSet), out var result))
            {
                result = new CollectFieldsResult();
                CollectFieldsInto(parentType, selectionSet, result);
                _collectFieldsResults[(parentType, selectionSet)] = result;
            }

            return result;
        }

        private CollectFieldsResult CollectFragmentFields(FragmentDefinitionNode fragment) =>
            CollectFields(Context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

        private void CollectFieldsInto(GraphQLNamedType? parentType, SelectionSetNode selectionSet, CollectFieldsResult result)
        {
            ValidationStoppedException.EnsureStack();
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                    {
                        var definition = parentType is ObjectType or InterfaceType ? ((ComplexType)parentType).GetField(field.Name.Value) : null;
                        var responseName = field.ResponseKey;
                        if (!result.ByName.TryGetValue(responseName, out var fields))
                        {
                            fields = [];
                            result.ByName[responseName] = fields;
                            result.Groups.Add((responseName, fields));
                        }

                        fields.Add(new FieldDetails(parentType, field, definition, Directives.Find(field.Directives, "stream")));
                        break;
                    }

                    case FragmentSpreadNode spread:
                        result.Spreads.Add(spread);
                        break;
                    case InlineFragmentNode inline:
                        var type = inline.TypeCondition is { } condition ? Context.Schema.GetType(condition.Name.Value) : parentType;
                        CollectFieldsInto(type, inline.SelectionSet, result);
                        break;
                }
            }
        }

        // The distinct fragments a selection set spreads (unknown ones as one null entry).
        private List<FragmentDefinitionNode?> GetFragmentSpreads(CollectFieldsResult result)
        {
            if (result.FragmentSpreads is { } cached)
            {
                return cached;
            }

            var fragments = new List<FragmentDefinitionNode?>();
            var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
            foreach (var spread in result.Spreads)
            {
                Spend(1);
                var fragment = Context.GetFragment(spread.Name.Value);
                if (seen.Add((object?)fragment ?? NoFragment))
                {
                    fragments.Add(fragment);
                }
            }

            result.FragmentSpreads = fragments;
            return fragments;
        }

        private string ValueKey(ValueNode value)
        {
            if (!_valueKeys.TryGetValue(value, out var key))
            {
                var builder = new StringBuilder();
                AppendValueKey(builder, value);
                key = builder.ToString();
                _valueKeys[value] = key;
            }

            return key;
        }

        // A canonical text of a value: equal for values graphql-js compares as equal (object fields in name order).
        private static void AppendValueKey(StringBuilder builder, ValueNode value)
        {
            ValidationStoppedException.EnsureStack();
            switch (value)
            {
                case VariableNode variable:
                    builder.Append('$').Append(variable.Name.Value);
                    break;
                case ListValueNode list:
                    builder.Append('[');
                    foreach (var item in list.Values)
                    {
                        AppendValueKey(builder, item);
                        builder.Append(',');
                    }

                    builder.Append(']');
                    break;
                case ObjectValueNode obj:
                    builder.Append('{');
                    foreach (var field in obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                    {
                        builder.Append(field.Name.Value).Append(':');
                        AppendValueKey(builder, field.Value);
                        builder.Append(',');
                    }

                    builder.Append('}');
                    break;
                case StringValueNode text:
                    builder.Append(text.Block ? "B" : "S").Append(text.Value.Length).Append(':').Append(text.Value);
                    break;
                case IntValueNode number:
                    builder.Append("I:").Append(number.Value);
                    break;
                case FloatValueNode number:
                    builder.Append("F:").Append(number.Value);
                    break;
                case BooleanValueNode boolean:
                    builder.Append(boolean.Value ? "true" : "false");
                    break;
                case EnumValueNode enumValue:
                    builder.Append("E:").Append(enumValue.Value);
                    break;
                default:
                    builder.Append("null");
                    break;
            }
        }
    }
}
