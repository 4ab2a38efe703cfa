using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Validation;

/// <summary>
/// Type information along a walk of an executable document, as graphql-js's <c>TypeInfo</c> keeps it:
/// the output type of the current field, the composite type its selection set selects from, the
/// input type of the current argument, list item or input field, and the current field, directive,
/// argument and enum value definitions. Unknown names leave null entries instead of failing.
/// See https://spec.graphql.org/September2025/#sec-Validation .
/// </summary>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<GraphQLNamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<bool> _defaultValueStack = [];

    /// <summary>Starts at the top of a document.</summary>
    /// <param name="schema">The schema the document is read against.</param>
    public TypeInfo(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
    }

    /// <summary>The output type of the current field, operation or fragment, or null when unknown.</summary>
    public GraphQLType? Type => _typeStack.Count == 0 ? null : _typeStack[^1];

    /// <summary>The object, interface or union type the current selection set selects from, or null.</summary>
    public GraphQLNamedType? ParentType => _parentTypeStack.Count == 0 ? null : _parentTypeStack[^1];

    /// <summary>The input type expected at the current argument, list item, input field or variable definition, or null.</summary>
    public GraphQLType? InputType => _inputTypeStack.Count == 0 ? null : _inputTypeStack[^1];

    /// <summary>The input type around the current input position (the list or input object it is in), or null.</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count < 2 ? null : _inputTypeStack[^2];

    /// <summary>The definition of the current field, or null when unknown.</summary>
    public FieldDefinition? FieldDefinition => _fieldDefStack.Count == 0 ? null : _fieldDefStack[^1];

    /// <summary>Whether the current argument or input field has a default value.</summary>
    public bool HasDefaultValue => _defaultValueStack.Count != 0 && _defaultValueStack[^1];

    /// <summary>The definition of the current directive, or null when unknown or outside a directive.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The definition of the current argument, or null when unknown.</summary>
    public ArgumentDefinition? Argument { get; private set; }

    /// <summary>The definition of the current enum value, or null when unknown.</summary>
    public EnumValueDefinition? EnumValue { get; private set; }

    /// <summary>Updates the state on entering a node.</summary>
    /// <param name="node">The node entered.</param>
    public void Enter(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node)
        {
            case SelectionSetNode:
                _parentTypeStack.Add(Type?.NamedType is { } named && IsComposite(named) ? named : null);
                break;
            case FieldNode field:
            {
                var fieldDef = ParentType is { } parent ? _schema.GetField(parent, field.Name.Value) : null;
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef?.Type is { IsOutputType: true } type ? type : null);
                break;
            }

            case DirectiveNode directive:
                Directive = _schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(RootType(_schema, operation.Operation) as ObjectType);
                break;
            case InlineFragmentNode inline:
                PushFragmentType(inline.TypeCondition);
                break;
            case FragmentDefinitionNode fragment:
                PushFragmentType(fragment.TypeCondition);
                break;
            case VariableDefinitionNode variable:
                _inputTypeStack.Add(TypeFromAst(_schema, variable.Type) is { IsInputType: true } inputType ? inputType : null);
                break;
            case ArgumentNode argument:
            {
                ArgumentDefinition? argDef = null;
                if (Directive is { } directive)
                {
                    argDef = directive.GetArgument(argument.Name.Value);
                }
                else if (FieldDefinition is { } fieldDef)
                {
                    argDef = fieldDef.GetArgument(argument.Name.Value);
                }

                Argument = argDef;
                _defaultValueStack.Add(argDef?.HasDefaultValue == true);
                _inputTypeStack.Add(argDef?.Type is { IsInputType: true } argType ? argType : null);
                break;
            }

            case ListValueNode:
                _defaultValueStack.Add(false);
                _inputTypeStack.Add(InputType?.Nullable is ListType list ? list.OfType : null);
                break;
            case ObjectFieldNode objectField:
            {
                var inputField = InputType?.NamedType is InputObjectType inputObject ? inputObject.GetField(objectField.Name.Value) : null;
                _defaultValueStack.Add(inputField?.HasDefaultValue == true);
                _inputTypeStack.Add(inputField?.Type is { IsInputType: true } fieldType ? fieldType : null);
                break;
            }

            case EnumValueNode enumValue:
                EnumValue = (InputType?.NamedType as EnumType)?.GetValue(enumValue.Value);
                break;
        }
    }

    /// <summary>Updates the state on leaving a node.</summary>
    /// <param name="node">The node left.</param>
    public void Leave(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    /// <summary>The schema type a type reference names (wrapped as written), or null when its named type is unknown (graphql-js <c>typeFromAST</c>).</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="type">The type reference.</param>
    public static GraphQLType? TypeFromAst(Schema schema, TypeNode type)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(type);
        return type switch
        {
            NamedTypeNode named => schema.GetType(named.Name.Value),
            ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
            NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
            _ => null,
        };
    }

    /// <summary>The root type of an operation type, or null when the schema has none.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="operation">The operation type.</param>
    public static GraphQLNamedType? RootType(Schema schema, OperationType operation)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return operation switch
        {
            OperationType.Query => schema.QueryRoot,
            OperationType.Mutation => schema.MutationRoot,
            _ => schema.SubscriptionRoot,
        };
    }

    /// <summary>Whether a type is an object, interface or union type.</summary>
    /// <param name="type">The type, or null.</param>
    public static bool IsComposite(GraphQLType? type) => type is ObjectType or InterfaceType or UnionType;

    private void PushFragmentType(NamedTypeNode? typeCondition)
    {
        var type = typeCondition is null ? Type?.NamedType : _schema.GetType(typeCondition.Name.Value);
        _typeStack.Add(type is { IsOutputType: true } ? type : null);
    }

    private static void Pop<T>(List<T> stack)
    {
        if (stack.Count > 0)
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }
}
