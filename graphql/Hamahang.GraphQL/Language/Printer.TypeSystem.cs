namespace Hamahang.GraphQL.Language;

public static partial class Printer
{
    private static string PrintTypeSystemDefinition(TypeSystemDefinitionNode node) =>
        Description(node.Description) + node switch
        {
            SchemaDefinitionNode schema => JoinWith(" ", "schema", Directives(schema.Directives), Block(schema.OperationTypes)),
            ScalarTypeDefinitionNode scalar => JoinWith(" ", "scalar", scalar.Name.Value, Directives(scalar.Directives)),
            ObjectTypeDefinitionNode type => PrintComplexType("type", type.Name, type.Interfaces, type.Directives, type.Fields),
            InterfaceTypeDefinitionNode type => PrintComplexType("interface", type.Name, type.Interfaces, type.Directives, type.Fields),
            UnionTypeDefinitionNode union => JoinWith(" ", "union", union.Name.Value, Directives(union.Directives), Wrap("= ", Join(union.Types, " | "))),
            EnumTypeDefinitionNode enumType => JoinWith(" ", "enum", enumType.Name.Value, Directives(enumType.Directives), Block(enumType.Values)),
            InputObjectTypeDefinitionNode input => JoinWith(" ", "input", input.Name.Value, Directives(input.Directives), Block(input.Fields)),
            DirectiveDefinitionNode directive => PrintDirectiveDefinition(directive),
            _ => throw new ArgumentException($"Unknown node kind {node.Kind}.", nameof(node)),
        };

    private static string PrintTypeSystemExtension(TypeSystemExtensionNode node) => node switch
    {
        SchemaExtensionNode schema => JoinWith(" ", "extend schema", Directives(schema.Directives), Block(schema.OperationTypes)),
        ScalarTypeExtensionNode scalar => JoinWith(" ", "extend scalar", scalar.Name.Value, Directives(scalar.Directives)),
        ObjectTypeExtensionNode type => PrintComplexType("extend type", type.Name, type.Interfaces, type.Directives, type.Fields),
        InterfaceTypeExtensionNode type => PrintComplexType("extend interface", type.Name, type.Interfaces, type.Directives, type.Fields),
        UnionTypeExtensionNode union => JoinWith(" ", "extend union", union.Name.Value, Directives(union.Directives), Wrap("= ", Join(union.Types, " | "))),
        EnumTypeExtensionNode enumType => JoinWith(" ", "extend enum", enumType.Name.Value, Directives(enumType.Directives), Block(enumType.Values)),
        InputObjectTypeExtensionNode input => JoinWith(" ", "extend input", input.Name.Value, Directives(input.Directives), Block(input.Fields)),
        DirectiveExtensionNode directive => JoinWith(" ", "extend directive @" + directive.Name.Value, Directives(directive.Directives)),
        _ => throw new ArgumentException($"Unknown node kind {node.Kind}.", nameof(node)),
    };

    private static string PrintComplexType(
        string keyword,
        NameNode name,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields) =>
        JoinWith(" ", keyword, name.Value, Wrap("implements ", Join(interfaces, " & ")), Directives(directives), Block(fields));

    private static string PrintFieldDefinition(FieldDefinitionNode node) =>
        Description(node.Description)
        + node.Name.Value
        + ArgumentDefinitions(node.Arguments)
        + ": " + Print(node.Type)
        + Wrap(" ", Directives(node.Directives));

    private static string PrintInputValueDefinition(InputValueDefinitionNode node) =>
        Description(node.Description)
        + node.Name.Value + ": " + Print(node.Type)
        + Wrap(" = ", node.DefaultValue)
        + Wrap(" ", Directives(node.Directives));

    private static string PrintDirectiveDefinition(DirectiveDefinitionNode node) =>
        "directive @" + node.Name.Value
        + ArgumentDefinitions(node.Arguments)
        + Wrap(" ", Directives(node.Directives))
        + (node.Repeatable ? " repeatable" : string.Empty)
        + " on " + Join(node.Locations, " | ");

    /// <summary>Argument definitions on one line, or one per line when any of them spans lines.</summary>
    private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments) =>
        HasMultilineItems(arguments, out var printed)
            ? Wrap("(\n", Indent(string.Join('\n', printed)), "\n)")
            : Wrap("(", string.Join(", ", printed), ")");
}
