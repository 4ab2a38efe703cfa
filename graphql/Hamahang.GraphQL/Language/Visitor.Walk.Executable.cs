namespace Hamahang.GraphQL.Language;

internal sealed partial class VisitorWalk
{
    // Executable documents, values and types.
    // Children are visited in graphql-js's order (QueryDocumentKeys); a node is copied only when a child changed.
    private SyntaxNode VisitChildren(SyntaxNode node)
    {
        // Names and scalar values, most of a document's nodes, have no children: answered before the type tests below.
        switch (node.Kind)
        {
            case SyntaxKind.Name or SyntaxKind.IntValue or SyntaxKind.FloatValue or SyntaxKind.StringValue or SyntaxKind.BooleanValue
                or SyntaxKind.NullValue or SyntaxKind.EnumValue:
                return node;
        }

        var changed = false;
        switch (node)
        {
            case DocumentNode n:
            {
                var definitions = List(n.Definitions, ref changed);
                return changed ? new DocumentNode { Location = n.Location, TokenCount = n.TokenCount, Definitions = definitions } : n;
            }
            case OperationDefinitionNode n:
            {
                var description = Optional(n.Description, ref changed);
                var name = Optional(n.Name, ref changed);
                var variableDefinitions = List(n.VariableDefinitions, ref changed);
                var directives = List(n.Directives, ref changed);
                var selectionSet = Required(n.SelectionSet, ref changed);
                return changed
                    ? new OperationDefinitionNode
                    {
                        Location = n.Location, Operation = n.Operation, Description = description, Name = name,
                        VariableDefinitions = variableDefinitions, Directives = directives, SelectionSet = selectionSet
                    }
                    : n;
            }
            case VariableDefinitionNode n:
            {
                var description = Optional(n.Description, ref changed);
                var variable = Required(n.Variable, ref changed);
                var type = Required(n.Type, ref changed);
                var defaultValue = Optional(n.DefaultValue, ref changed);
                var directives = List(n.Directives, ref changed);
                return changed
                    ? new VariableDefinitionNode
                    {
                        Location = n.Location, Description = description, Variable = variable,
                        Type = type, DefaultValue = defaultValue, Directives = directives
                    }
                    : n;
            }
            case VariableNode n:
            {
                var name = Required(n.Name, ref changed);
                return changed ? new VariableNode { Location = n.Location, Name = name } : n;
            }
            case SelectionSetNode n:
            {
                var selections = List(n.Selections, ref changed);
                return changed ? new SelectionSetNode { Location = n.Location, Selections = selections } : n;
            }
            case FieldNode n:
            {
                var alias = Optional(n.Alias, ref changed);
                var name = Required(n.Name, ref changed);
                var arguments = List(n.Arguments, ref changed);
                var directives = List(n.Directives, ref changed);
                var selectionSet = Optional(n.SelectionSet, ref changed);
                return changed
                    ? new FieldNode
                    {
                        Location = n.Location, Alias = alias, Name = name, Arguments = arguments, Directives = directives, SelectionSet = selectionSet
                    }
                    : n;
            }
            case ArgumentNode n:
            {
                var name = Required(n.Name, ref changed);
                var value = Required(n.Value, ref changed);
                return changed ? new ArgumentNode { Location = n.Location, Name = name, Value = value } : n;
            }
            case FragmentSpreadNode n:
            {
                var name = Required(n.Name, ref changed);
                var directives = List(n.Directives, ref changed);
                return changed ? new FragmentSpreadNode { Location = n.Location, Name = name, Directives = directives } : n;
            }
            case InlineFragmentNode n:
            {
                var typeCondition = Optional(n.TypeCondition, ref changed);
                var directives = List(n.Directives, ref changed);
                var selectionSet = Required(n.SelectionSet, ref changed);
                return changed
                    ? new InlineFragmentNode
                    {
                        Location = n.Location, TypeCondition = typeCondition, Directives = directives, SelectionSet = selectionSet
                    }
                    : n;
            }
            case FragmentDefinitionNode n:
            {
                var description = Optional(n.Description, ref changed);
                var name = Required(n.Name, ref changed);
                var typeCondition = Required(n.TypeCondition, ref changed);
                var directives = List(n.Directives, ref changed);
                var selectionSet = Required(n.SelectionSet, ref changed);
                return changed
                    ? new FragmentDefinitionNode
                    {
                        Location = n.Location, Description = description, Name = name,
                        TypeCondition = typeCondition, Directives = directives, SelectionSet = selectionSet
                    }
                    : n;
            }
            case ListValueNode n:
            {
                var values = List(n.Values, ref changed);
                return changed ? new ListValueNode { Location = n.Location, Values = values } : n;
            }
            case ObjectValueNode n:
            {
                var fields = List(n.Fields, ref changed);
                return changed ? new ObjectValueNode { Location = n.Location, Fields = fields } : n;
            }
            case ObjectFieldNode n:
            {
                var name = Required(n.Name, ref changed);
                var value = Required(n.Value, ref changed);
                return changed ? new ObjectFieldNode { Location = n.Location, Name = name, Value = value } : n;
            }
            case DirectiveNode n:
            {
                var name = Required(n.Name, ref changed);
                var arguments = List(n.Arguments, ref changed);
                return changed ? new DirectiveNode { Location = n.Location, Name = name, Arguments = arguments } : n;
            }
            case NamedTypeNode n:
            {
                var name = Required(n.Name, ref changed);
                return changed ? new NamedTypeNode { Location = n.Location, Name = name } : n;
            }
            case ListTypeNode n:
            {
                var type = Required(n.Type, ref changed);
                return changed ? new ListTypeNode { Location = n.Location, Type = type } : n;
            }
            case NonNullTypeNode n:
            {
                var type = Required(n.Type, ref changed);
                return changed ? new NonNullTypeNode { Location = n.Location, Type = type } : n;
            }
            default:
                return VisitTypeSystemChildren(node);
        }
    }
}
