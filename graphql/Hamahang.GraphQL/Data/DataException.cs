using Hamahang.GraphQL.Execution;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// A client's data arguments cannot be applied: a page size over the maximum, a null where an operation needs
/// a value, a cursor from another order or tampered with, a malformed node id. The executor shows the message
/// to the client with <see cref="Code"/> as <c>extensions.code</c>.
/// </summary>
public sealed class DataException : GraphQLException
{
    /// <summary>The code of errors in data arguments that have no code of their own.</summary>
    public const string InvalidArgumentCode = "DATA_ARGUMENT_INVALID";

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message for the client.</param>
    /// <param name="code">The error code (<c>extensions.code</c>).</param>
    public DataException(string message, string code)
        : base(message, code)
    {
        Code = code;
    }

    /// <summary>Creates the exception with the code <see cref="InvalidArgumentCode"/>.</summary>
    /// <param name="message">The message for the client.</param>
    public DataException(string message)
        : this(message, InvalidArgumentCode)
    {
    }

    /// <summary>Creates the exception with an empty message.</summary>
    public DataException()
        : this(string.Empty)
    {
    }

    /// <summary>Creates the exception wrapping its cause (not shown to the client).</summary>
    /// <param name="message">The message for the client.</param>
    /// <param name="innerException">The cause.</param>
    public DataException(string message, Exception innerException)
        : base(message, innerException)
    {
        Extensions = new Dictionary<string, object?> { ["code"] = InvalidArgumentCode };
    }

    /// <summary>Creates the exception with a code, wrapping its cause (not shown to the client).</summary>
    /// <param name="message">The message for the client.</param>
    /// <param name="code">The error code (<c>extensions.code</c>).</param>
    /// <param name="innerException">The cause.</param>
    public DataException(string message, string code, Exception innerException)
        : base(message, innerException)
    {
        Code = code;
        Extensions = new Dictionary<string, object?> { ["code"] = code };
    }

    /// <summary>The error code for <c>extensions.code</c>.</summary>
    public string Code { get; } = InvalidArgumentCode;
}
