namespace Hamahang.GraphQL.Types;

/// <summary>
/// Thrown when a schema is built that the specification's rules reject; the message joins every error
/// as graphql-js's <c>assertValidSchema</c> does. An invalid schema does not start.
/// </summary>
public sealed class SchemaValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SchemaValidationException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a single message.</summary>
    /// <param name="message">The message.</param>
    public SchemaValidationException(string message)
        : this([new SchemaError(message)])
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public SchemaValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new SchemaError(message)];
    }

    /// <summary>Creates the exception from validation errors.</summary>
    /// <param name="errors">The errors.</param>
    public SchemaValidationException(IReadOnlyList<SchemaError> errors)
        : base(string.Join("\n\n", (errors ?? []).Select(e => e.Message)))
    {
        Errors = errors ?? [];
    }

    /// <summary>The errors.</summary>
    public IReadOnlyList<SchemaError> Errors { get; }
}
