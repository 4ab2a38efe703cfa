using Hamahang.GraphQL.Error;

namespace Hamahang.GraphQL.Language;

/// <summary>
/// Thrown when a document does not follow the grammar or exceeds a parser limit. Carries the
/// <see cref="GraphQLError"/> to report: a message worded as graphql-js words it
/// ("Syntax Error: Expected Name, found &lt;EOF&gt;.") and one location.
/// See https://spec.graphql.org/September2025/#sec-Language .
/// </summary>
public sealed class GraphQLSyntaxException : Exception
{
    /// <summary>Creates a syntax error at an offset of a document.</summary>
    /// <param name="source">The document.</param>
    /// <param name="position">The offset, in UTF-16 code units, the error is reported at.</param>
    /// <param name="description">What is wrong, without the "Syntax Error: " prefix.</param>
    public GraphQLSyntaxException(Source source, int position, string description)
        : base("Syntax Error: " + description)
    {
        ArgumentNullException.ThrowIfNull(source);
        Document = source;
        Position = position;
        Location = source.GetLocation(position);
        Error = new GraphQLError(Message, [Location]);
    }

    /// <summary>The error to report, with its message and its one location.</summary>
    public GraphQLError Error { get; }

    /// <summary>The document that failed to parse.</summary>
    public Source Document { get; }

    /// <summary>The offset, in UTF-16 code units, the error is reported at.</summary>
    public int Position { get; }

    /// <summary>The line and column the error is reported at.</summary>
    public SourceLocation Location { get; }
}
