namespace Hamahang.GraphQL.Language;

internal sealed partial class VisitorWalk
{
    // Type system definitions, extensions and schema coordinates (names and scalar values have no children).
    // Children are visited in graphql-js's order (QueryDocumentKeys); a node is copied only when a child changed.
    private SyntaxNode VisitTypeSystemChildren(SyntaxNode node)
    {
        var changed = false;
        switch (node)
        {
            case SchemaDefinitionNode n:
            {
                var description = Optional(n.Description, ref changed);
                var directives = List(n.Directives, ref changed);
                var operationTypes = List(n.OperationTypes, ref changed);
                return changed
                    ? new SchemaDefinitionNode
                    {
                        Location = n.Location, Description = description, Directives = directives, OperationTypes = operationTypes
                    }
                    : n;
            }
            case OperationTypeDefinitionNode n:
            {
                var type = Required(n.Type, ref changed);
                return changed ? new OperationTypeDefinitionNode { Location = n.Location, Operation = n.Operation, Type = type } : n;
            }
            case ScalarTypeDefinitionNode n:
            {
                var description = Optional(n.Description, ref changed);
                var name = Required(n.Name, ref changed);
                var directives = List(n.Directives, ref changed);
                return changed ? new ScalarTypeDefinitionNode { Location = n.Location, Description = description, Name = name, Directives = directives } : n;
            }
            case ObjectTypeDefinitionNode n:
            {
                var description = Optional(n.Description, ref changed);
                var name = Required(n.Name, ref changed);
                var interfaces = List(n.Interfaces, ref changed);
                var directives = List(n.Directives, ref changed);
                var fields = List(n.Fields, ref changed);
                return changed
                    ? new ObjectTypeDefinitionNode
                    {
                        Location = n.Location, Description = description, Name = name,
                        Interfaces = interfaces, Directives = directives, Fields = fields
                    }
                    : n;
            }
            case FieldDefinitionNode n:
            {
                var description = Optional(n.Description, ref changed);
                var name = Required(n.Name, ref changed);
                var arguments = List(n.Arguments, ref changed);
                var type = Required(n.Type, ref changed);
                var directives = List(n.Directives, ref changed);
                return changed
                    ? new FieldDefinitionNode
                    {
                        Location = n.Location, Description = description, Name = name, Arguments = arguments, Type = type, Directives = directives
                    }
                    : n;
            }
            case InputValueDefinitionNode n:
            {
                var description = Optional(n.Description, ref changed);
                var name = Required(n.Name, ref changed);
                var type = Required(n.Type, ref changed);
                var defaultValue = Optional(n.DefaultValue, ref changed);
                var directives = List(n.Directives, ref changed);
                return changed
                    ? new InputValueDefinitionNode
                    {
                        Location = n.Location, Description = description, Name = name, Type = type,
                        DefaultValue = defaultValue, Directives = directives
                    }
                    : n;
            }
            case InterfaceTypeDefinitionNode n:
            {
                var description = Optional(n.Description, ref changed);
                var name = Required(n.Name, ref changed);
                var interfaces = List(n.Interfaces, ref changed);
                var directives = List(n.Directives, ref changed);
                var fields = List(n.Fields, ref changed);
                return changed
                    ? new InterfaceTypeDefinitionNode
                    {
                        Location = n.Location, Description = description, Name = name,
                        Interfaces = interfaces, Directives = directives, Fields = fields
                    }
                    : n;
            }
            case UnionTypeDefinitionNode n:
            {
                var description = Optional(n.Description, ref changed);
                var name = Required(n.Name, ref changed);
                var directives = List(n.Directives, ref changed);
                var types = List(n.Types, ref changed);
                return changed
                    ? new UnionTypeDefinitionNode
                    {
                        Location = n.Location, Description = description, Name = name, Directives = directives, Types = types
                    }
                    : n;
            }
            case EnumTypeDefinitionNode n:
            {
                var description = Optional(n.Description, ref changed);
                var name = Required(n.Name, ref changed);
                var directives = List(n.Directives, ref changed);
                var values = List(n.Values, ref changed);
                return changed
                    ? new EnumTypeDefinitionNode
                    {
                        Location = n.Location, Description = description, Name = name, Directives = directives, Values = values
                    }
                    : n;
            }
            case EnumValueDefinitionNode n:
            {
                var description = Optional(n.Description, ref changed);
                var name = Required(n.Name, ref changed);
                var directives = List(n.Directives, ref changed);
                return changed ? new EnumValueDefinitionNode { Location = n.Location, Description = description, Name = name, Directives = directives } : n;
            }
            case InputObjectTypeDefinitionNode n:
            {
                var description = Optional(n.Description, ref changed);
                var name = Required(n.Name, ref changed);
                var directives = List(n.Directives, ref changed);
                var fields = List(n.Fields, ref changed);
                return changed
                    ? new InputObjectTypeDefinitionNode
                    {
                        Location = n.Location, Description = description, Name = name, Directives = directives, Fields = fields
                    }
                    : n;
            }
            case DirectiveDefinitionNode n:
            {
                var description = Optional(n.Description, ref changed);
                var name = Required(n.Name, ref changed);
                var arguments = List(n.Arguments, ref changed);
                var directives = List(n.Directives, ref changed);
                var locations = List(n.Locations, ref changed);
                return changed
                    ? new DirectiveDefinitionNode
                    {
                        Location = n.Location, Repeatable = n.Repeatable, Description = description, Name = name,
                        Arguments = arguments, Directives = directives, Locations = locations
                    }
                    : n;
            }
            case SchemaExtensionNode n:
            {
                var directives = List(n.Directives, ref changed);
                var operationTypes = List(n.OperationTypes, ref changed);
                return changed ? new SchemaExtensionNode { Location = n.Location, Directives = directives, OperationTypes = operationTypes } : n;
            }
            case DirectiveExtensionNode n:
            {
                var name = Required(n.Name, ref changed);
                var directives = List(n.Directives, ref changed);
                return changed ? new DirectiveExtensionNode { Location = n.Location, Name = name, Directives = directives } : n;
            }
            case ScalarTypeExtensionNode n:
            {
                var name = Required(n.Name, ref changed);
                var directives = List(n.Directives, ref changed);
                return changed ? new ScalarTypeExtensionNode { Location = n.Location, Name = name, Directives = directives } : n;
            }
            case ObjectTypeExtensionNode n:
            {
                var name = Required(n.Name, ref changed);
                var interfaces = List(n.Interfaces, ref changed);
                var directives = List(n.Directives, ref changed);
                var fields = List(n.Fields, ref changed);
                return changed
                    ? new ObjectTypeExtensionNode
                    {
                        Location = n.Location, Name = name, Interfaces = interfaces, Directives = directives, Fields = fields
                    }
                    : n;
            }
            case InterfaceTypeExtensionNode n:
            {
                var name = Required(n.Name, ref changed);
                var interfaces = List(n.Interfaces, ref changed);
                var directives = List(n.Directives, ref changed);
                var fields = List(n.Fields, ref changed);
                return changed
                    ? new InterfaceTypeExtensionNode
                    {
                        Location = n.Location, Name = name, Interfaces = interfaces, Directives = directives, Fields = fields
                    }
                    : n;
            }
            case UnionTypeExtensionNode n:
            {
                var name = Required(n.Name, ref changed);
                var directives = List(n.Directives, ref changed);
                var types = List(n.Types, ref changed);
                return changed ? new UnionTypeExtensionNode { Location = n.Location, Name = name, Directives = directives, Types = types } : n;
            }
            case EnumTypeExtensionNode n:
            {
                var name = Required(n.Name, ref changed);
                var directives = List(n.Directives, ref changed);
                var values = List(n.Values, ref changed);
                return changed ? new EnumTypeExtensionNode { Location = n.Location, Name = name, Directives = directives, Values = values } : n;
            }
            case InputObjectTypeExtensionNode n:
            {
                var name = Required(n.Name, ref changed);
                var directives = List(n.Directives, ref changed);
                var fields = List(n.Fields, ref changed);
                return changed ? new InputObjectTypeExtensionNode { Location = n.Location, Name = name, Directives = directives, Fields = fields } : n;
            }
            case TypeCoordinateNode n:
            {
                var name = Required(n.Name, ref changed);
                return changed ? new TypeCoordinateNode { Location = n.Location, Name = name } : n;
            }
            case MemberCoordinateNode n:
            {
                var name = Required(n.Name, ref changed);
                var memberName = Required(n.MemberName, ref changed);
                return changed ? new MemberCoordinateNode { Location = n.Location, Name = name, MemberName = memberName } : n;
            }
            case ArgumentCoordinateNode n:
            {
                var name = Required(n.Name, ref changed);
                var fieldName = Required(n.FieldName, ref changed);
                var argumentName = Required(n.ArgumentName, ref changed);
                return changed ? new ArgumentCoordinateNode { Location = n.Location, Name = name, FieldName = fieldName, ArgumentName = argumentName } : n;
            }
            case DirectiveCoordinateNode n:
            {
                var name = Required(n.Name, ref changed);
                return changed ? new DirectiveCoordinateNode { Location = n.Location, Name = name } : n;
            }
            case DirectiveArgumentCoordinateNode n:
            {
                var name = Required(n.Name, ref changed);
                var argumentName = Required(n.ArgumentName, ref changed);
                return changed ? new DirectiveArgumentCoordinateNode { Location = n.Location, Name = name, ArgumentName = argumentName } : n;
            }
            default:
                return node;
        }
    }
}
