namespace Hamahang.GraphQL.Language;

public static partial class Printer
{
    // The text helpers of graphql-js's printer (join, wrap, block, indent), on strings.

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    private static string Description(StringValueNode? description) =>
        description is null ? string.Empty : Print(description) + "\n";

    private static string Directives(IReadOnlyList<DirectiveNode> directives) => Join(directives, " ");

    private static string[] PrintAll<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        var printed = new string[nodes.Count];
        for (var i = 0; i < printed.Length; i++)
        {
            printed[i] = Print(nodes[i]);
        }

        return printed;
    }

    /// <summary>The nodes printed and joined, empty results skipped.</summary>
    private static string Join<T>(IReadOnlyList<T> nodes, string separator)
        where T : SyntaxNode =>
        nodes.Count == 0 ? string.Empty : JoinWith(separator, PrintAll(nodes));

    /// <summary>The non-empty parts joined with a separator.</summary>
    private static string JoinWith(string separator, params string[] parts)
    {
        var count = 0;
        foreach (var part in parts)
        {
            if (part.Length != 0)
            {
                parts[count++] = part;
            }
        }

        return count switch
        {
            0 => string.Empty,
            1 => parts[0],
            _ => string.Join(separator, parts, 0, count),
        };
    }

    /// <summary>The length of the non-empty parts joined with a separator.</summary>
    private static int JoinedLength(string[] parts, string separator)
    {
        var length = 0;
        foreach (var part in parts)
        {
            if (part.Length != 0)
            {
                length += (length == 0 ? 0 : separator.Length) + part.Length;
            }
        }

        return length;
    }

    /// <summary>start + text + end when text is not empty, else empty.</summary>
    private static string Wrap(string start, string text, string end = "") =>
        text.Length == 0 ? string.Empty : start + text + end;

    private static string Wrap(string start, SyntaxNode? node, string end = "") =>
        node is null ? string.Empty : Wrap(start, Print(node), end);

    private static string Block<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode => BlockOf(PrintAll(nodes));

    private static string BlockOf(string[] printed) =>
        Wrap("{\n", Indent(JoinWith("\n", printed)), "\n}");

    private static string Indent(string text) =>
        text.Length == 0 ? text : "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);

    private static bool HasMultilineItems<T>(IReadOnlyList<T> nodes, out string[] printed)
        where T : SyntaxNode
    {
        printed = PrintAll(nodes);
        foreach (var item in printed)
        {
            if (item.Contains('\n', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string WrappedLineAndArgs(string prefix, IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return prefix;
        }

        var printed = PrintAll(arguments);
        return prefix + (prefix.Length + JoinedLength(printed, ", ") + 2 > MaxLineLength
            ? Wrap("(\n", Indent(JoinWith("\n", printed)), "\n)")
            : Wrap("(", JoinWith(", ", printed), ")"));
    }
}
