using Hamahang.GraphQL.Error;

namespace Hamahang.GraphQL.AspNetCore.Http;

/// <summary>A request the transport refuses before it reaches the executor: an HTTP status and a coded error.</summary>
internal sealed class TransportException : Exception
{
    /// <summary>Creates the exception; a null status means "a request error", answered 400 or 200 by media type.</summary>
    public TransportException(int? statusCode, string code, string message)
        : base(message)
    {
        StatusCode = statusCode;
        Code = code;
    }

    public TransportException()
    {
        Code = TransportErrorCodes.InvalidRequest;
    }

    public TransportException(string message)
        : this(400, TransportErrorCodes.InvalidRequest, message)
    {
    }

    public TransportException(string message, Exception innerException)
        : base(message, innerException)
    {
        StatusCode = 400;
        Code = TransportErrorCodes.InvalidJson;
    }

    /// <summary>The HTTP status code to answer with.</summary>
    public int? StatusCode { get; } = 400;

    /// <summary>The error's <c>extensions.code</c>.</summary>
    public string Code { get; }

    /// <summary>The error the client sees.</summary>
    public GraphQLError ToError() => Create(Message, Code);

    /// <summary>An error with a message and <c>extensions.code</c>.</summary>
    public static GraphQLError Create(string message, string code) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = code });
}
