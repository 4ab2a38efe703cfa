using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Types;

/// <summary>
/// One reason a schema is invalid, worded as graphql-js's <c>validateSchema</c> words it, with the
/// syntax nodes involved when the schema was built from SDL. See https://spec.graphql.org/September2025/#sec-Schema.
/// </summary>
/// <param name="message">The message.</param>
/// <param name="nodes">The syntax nodes involved (may be empty).</param>
public sealed class SchemaError(string message, IReadOnlyList<SyntaxNode>? nodes = null)
{
    /// <summary>The message.</summary>
    public string Message { get; } = message;

    /// <summary>The syntax nodes involved, when known.</summary>
    public IReadOnlyList<SyntaxNode> Nodes { get; } = nodes ?? [];

    /// <inheritdoc />
    public override string ToString() => Message;
}
