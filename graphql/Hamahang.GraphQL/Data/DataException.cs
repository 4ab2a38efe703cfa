namespace Hamahang.GraphQL.Data;

/// <summary>
/// A client's data arguments cannot be applied: a page size over the maximum, a null where an operation needs
/// a value, a cursor from another order or tampered with, a malformed node id. The message is meant for the
/// client; <see cref="Code"/> goes into the error's <c>extensions.code</c>.
/// </summary>
public sealed class DataException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message for the client.</param>
    /// <param name="code">The error code (<c>extensions.code</c>).</param>
    public DataException(string message, string code)
        : base(message)
    {
        Code = code;
    }

    /// <summary>Creates the exception with the code <c>DATA_ARGUMENT_INVALID</c>.</summary>
    /// <param name="message">The message for the client.</param>
    public DataException(string message)
        : this(message, "DATA_ARGUMENT_INVALID")
    {
    }

    /// <summary>Creates the exception with an empty message.</summary>
    public DataException()
        : this(string.Empty)
    {
    }

    /// <summary>Creates the exception wrapping another.</summary>
    /// <param name="message">The message for the client.</param>
    /// <param name="innerException">The cause.</param>
    public DataException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "DATA_ARGUMENT_INVALID";
    }

    /// <summary>The error code for <c>extensions.code</c>.</summary>
    public string Code { get; } = "DATA_ARGUMENT_INVALID";
}
