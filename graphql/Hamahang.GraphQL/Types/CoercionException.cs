using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Types;

/// <summary>
/// A value cannot be coerced to or from a type: "Int cannot represent non-integer value: 1.5".
/// Messages are worded as graphql-js words them; the executor and validation turn this into a
/// GraphQL error with the location of the value. See
/// https://spec.graphql.org/September2025/#sec-Scalars.Input-Coercion.
/// </summary>
public sealed class CoercionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CoercionException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message, worded as graphql-js words it.</param>
    public CoercionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CoercionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The syntax node of the value, when the value was a literal.</summary>
    public SyntaxNode? Node { get; init; }

    /// <summary>The <c>extensions.code</c> of the error when the value is refused at execution (a global id's <c>INVALID_ID</c>), or null.</summary>
    public string? Code { get; init; }
}
