namespace Hamahang.GraphQL.Execution;

/// <summary>
/// An error a resolver means to show to the client: its message (and extensions, such as a <c>code</c>)
/// become the field error's, where any other exception becomes "Unexpected Execution Error" with code
/// <c>INTERNAL_SERVER_ERROR</c> unless <see cref="ExecutionOptions.IncludeExceptionDetails"/> is on.
/// See https://spec.graphql.org/September2025/#sec-Errors.Error-Result-Format.
/// </summary>
public class GraphQLException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GraphQLException()
        : this("Unexpected Execution Error")
    {
    }

    /// <summary>Creates the exception with the message the client sees.</summary>
    /// <param name="message">The field error's message.</param>
    public GraphQLException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause (the cause is not shown to the client).</summary>
    /// <param name="message">The field error's message.</param>
    /// <param name="innerException">The cause.</param>
    public GraphQLException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a message and an error code (written as <c>extensions.code</c>).</summary>
    /// <param name="message">The field error's message.</param>
    /// <param name="code">The code, e.g. <c>AUTH_NOT_AUTHORIZED</c>.</param>
    public GraphQLException(string message, string code)
        : base(message)
    {
        Extensions = new Dictionary<string, object?> { ["code"] = code };
    }

    /// <summary>Entries of the error's <c>extensions</c> map, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
}
