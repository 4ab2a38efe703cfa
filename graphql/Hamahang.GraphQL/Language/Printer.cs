using System.Globalization;
using System.Text;

namespace Hamahang.GraphQL.Language;

/// <summary>
/// Prints syntax trees as GraphQL text, exactly as graphql-js 17's <c>print</c> does: two-space
/// indentation, arguments and list values wrapped past 80 columns, block strings kept as block
/// strings. Printed documents therefore diff cleanly against graphql-js's.
/// </summary>
public static partial class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>Prints a node (and everything under it) as graphql-js 17's <c>print</c> prints it.</summary>
    /// <param name="node">The node to print.</param>
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            NameNode name => name.Value,
            DocumentNode document => Join(document.Definitions, "\n\n"),
            OperationDefinitionNode operation => PrintOperation(operation),
            VariableDefinitionNode variable => PrintVariableDefinition(variable),
            VariableNode variable => "$" + variable.Name.Value,
            SelectionSetNode selectionSet => selectionSet.Selections.Count == 0 ? "{}" : Block(selectionSet.Selections),
            FieldNode field => PrintField(field),
            ArgumentNode argument => argument.Name.Value + ": " + Print(argument.Value),
            FragmentSpreadNode spread => "..." + spread.Name.Value + Wrap(" ", Directives(spread.Directives)),
            InlineFragmentNode inline => JoinWith(" ", "...", Wrap("on ", inline.TypeCondition), Directives(inline.Directives), Print(inline.SelectionSet)),
            FragmentDefinitionNode fragment => PrintFragmentDefinition(fragment),
            ValueNode value => PrintValue(value),
            ObjectFieldNode field => field.Name.Value + ": " + Print(field.Value),
            DirectiveNode directive => "@" + directive.Name.Value + Wrap("(", Join(directive.Arguments, ", "), ")"),
            NamedTypeNode named => named.Name.Value,
            ListTypeNode list => "[" + Print(list.Type) + "]",
            NonNullTypeNode nonNull => Print(nonNull.Type) + "!",
            OperationTypeDefinitionNode operationType => OperationName(operationType.Operation) + ": " + Print(operationType.Type),
            FieldDefinitionNode field => PrintFieldDefinition(field),
            InputValueDefinitionNode input => PrintInputValueDefinition(input),
            EnumValueDefinitionNode value => Description(value.Description) + JoinWith(" ", value.Name.Value, Directives(value.Directives)),
            TypeSystemDefinitionNode definition => PrintTypeSystemDefinition(definition),
            TypeSystemExtensionNode extension => PrintTypeSystemExtension(extension),
            SchemaCoordinateNode coordinate => PrintSchemaCoordinate(coordinate),
            _ => throw new ArgumentException($"Unknown node kind {node.Kind}.", nameof(node)),
        };
    }

    private static string PrintOperation(OperationDefinitionNode node)
    {
        var operation = OperationName(node.Operation);
        var variables = HasMultilineItems(node.VariableDefinitions, out var printed)
            ? Wrap("(\n", string.Join('\n', printed), "\n)")
            : Wrap("(", string.Join(", ", printed), ")");
        var prefix = Description(node.Description)
            + JoinWith(" ", operation, (node.Name?.Value ?? string.Empty) + variables, Directives(node.Directives));
        var selectionSet = Print(node.SelectionSet);
        return node.Operation == OperationType.Query && prefix.Length == operation.Length
            ? selectionSet
            : prefix + " " + selectionSet;
    }

    private static string PrintVariableDefinition(VariableDefinitionNode node) =>
        Description(node.Description)
        + "$" + node.Variable.Name.Value + ": " + Print(node.Type)
        + Wrap(" = ", node.DefaultValue)
        + Wrap(" ", Directives(node.Directives));

    private static string PrintField(FieldNode node)
    {
        var prefix = (node.Alias is null ? string.Empty : node.Alias.Value + ": ") + node.Name.Value;
        return WrappedLineAndArgs(prefix, node.Arguments)
            + Wrap(" ", Directives(node.Directives))
            + Wrap(" ", node.SelectionSet);
    }

    private static string PrintFragmentDefinition(FragmentDefinitionNode node) =>
        Description(node.Description)
        + "fragment " + node.Name.Value + " on " + node.TypeCondition.Name.Value + " "
        + Wrap(string.Empty, Directives(node.Directives), " ")
        + Print(node.SelectionSet);

    private static string PrintValue(ValueNode node) => node switch
    {
        VariableNode variable => "$" + variable.Name.Value,
        IntValueNode integer => integer.Value,
        FloatValueNode number => number.Value,
        StringValueNode { Block: true } block => BlockString.Print(block.Value),
        StringValueNode text => PrintString(text.Value),
        BooleanValueNode boolean => boolean.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode enumValue => enumValue.Value,
        ListValueNode list => PrintList(list),
        ObjectValueNode obj => PrintObject(obj),
        _ => throw new ArgumentException($"Unknown value kind {node.Kind}.", nameof(node)),
    };

    private static string PrintList(ListValueNode node)
    {
        var values = PrintAll(node.Values);
        return 2 + JoinedLength(values, ", ") > MaxLineLength
            ? Wrap("[\n", Indent(string.Join('\n', values)), "\n]")
            : "[" + string.Join(", ", values) + "]";
    }

    private static string PrintObject(ObjectValueNode node)
    {
        var fields = PrintAll(node.Fields);
        return 4 + JoinedLength(fields, ", ") > MaxLineLength
            ? BlockOf(fields)
            : "{ " + string.Join(", ", fields) + " }";
    }

    private static string PrintSchemaCoordinate(SchemaCoordinateNode node) => node switch
    {
        MemberCoordinateNode member => member.Name.Value + "." + member.MemberName.Value,
        ArgumentCoordinateNode argument => argument.Name.Value + "." + argument.FieldName.Value + "(" + argument.ArgumentName.Value + ":)",
        DirectiveCoordinateNode directive => "@" + directive.Name.Value,
        DirectiveArgumentCoordinateNode argument => "@" + argument.Name.Value + "(" + argument.ArgumentName.Value + ":)",
        _ => node.Name.Value,
    };

    /// <summary>
    /// A string value printed with escapes as graphql-js's <c>printString</c> prints it: quotes,
    /// backslashes and control characters (C0, DEL and C1) escaped.
    /// </summary>
    /// <param name="value">The string's value.</param>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var result = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': result.Append("\\\""); break;
                case '\\': result.Append("\\\\"); break;
                case '\b': result.Append("\\b"); break;
                case '\t': result.Append("\\t"); break;
                case '\n': result.Append("\\n"); break;
                case '\f': result.Append("\\f"); break;
                case '\r': result.Append("\\r"); break;
                case < '\x20' or (>= '\x7f' and <= '\x9f'):
                    result.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: result.Append(c); break;
            }
        }

        return result.Append('"').ToString();
    }
}
