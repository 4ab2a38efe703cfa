using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Error;

/// <summary>
/// An error as the specification's response format describes it: a message, the locations in the
/// document it refers to, the response path it occurred at, and extensions.
/// Syntax, validation and execution errors all take this shape.
/// See https://spec.graphql.org/September2025/#sec-Errors .
/// </summary>
public class GraphQLError
{
    /// <summary>Creates an error.</summary>
    /// <param name="message">The description of the error, worded for the developer who sent the document.</param>
    /// <param name="locations">The locations in the document the error refers to, if any.</param>
    /// <param name="path">The response path of the field the error occurred at, if any (strings and integers).</param>
    /// <param name="extensions">Extra entries for the error's <c>extensions</c> map, if any.</param>
    /// <param name="nodes">The syntax nodes the error refers to, if any.</param>
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        IReadOnlyList<SyntaxNode>? nodes = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        Message = message;
        Nodes = nodes;
        Locations = locations ?? LocationsOf(nodes);
        Path = path;
        Extensions = extensions;
    }

    /// <summary>The description of the error, worded for the developer who sent the document.</summary>
    public string Message { get; }

    /// <summary>
    /// The locations (1-based line, and column in UTF-16 code units) in the document the error
    /// refers to, or null when it refers to none.
    /// </summary>
    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>The response path (field names and list indices) the error occurred at, or null.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Extra entries of the error's <c>extensions</c> map, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The syntax nodes the error refers to, or null.</summary>
    public IReadOnlyList<SyntaxNode>? Nodes { get; }

    /// <summary>The message, followed by the first location when there is one.</summary>
    public override string ToString() =>
        Locations is { Count: > 0 } locations
            ? $"{Message} ({locations[0].Line}:{locations[0].Column})"
            : Message;

    private static SourceLocation[]? LocationsOf(IReadOnlyList<SyntaxNode>? nodes)
    {
        if (nodes is null || nodes.Count == 0)
        {
            return null;
        }

        var locations = new List<SourceLocation>(nodes.Count);
        foreach (var node in nodes)
        {
            if (node.Location.Source is not null)
            {
                locations.Add(node.Location.StartLocation);
            }
        }

        return locations.Count == 0 ? null : [.. locations];
    }
}
