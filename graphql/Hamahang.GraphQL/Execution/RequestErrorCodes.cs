using Hamahang.GraphQL.Error;

namespace Hamahang.GraphQL.Execution;

/// <summary>
/// The codes <see cref="ExecutionOptions.CodeRequestErrors"/> gives request errors (errors before execution, no
/// <c>data</c>) that have none, as Apollo Server names them, so a client or a scanner can tell each kind by its code.
/// </summary>
public static class RequestErrorCodes
{
    /// <summary>The document does not parse (a syntax error, or over the parser's size, token or nesting limit): HotChocolate's code.</summary>
    public const string ParseFailed = ErrorCodes.SyntaxError;

    /// <summary>The document breaks a validation rule.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>The request names no operation the document holds, or holds several and names none.</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";

    /// <summary>A variable's value does not fit its type.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The request holds no document.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The errors, each without a code given <paramref name="code"/> (message, locations and other extensions kept).</summary>
    public static IReadOnlyList<GraphQLError> Apply(IReadOnlyList<GraphQLError> errors, string code)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return [.. errors.Select(error => error.Extensions?.ContainsKey("code") == true ? error : WithCode(error, code))];
    }

    private static GraphQLError WithCode(GraphQLError error, string code)
    {
        var extensions = error.Extensions is null
            ? new Dictionary<string, object?>(StringComparer.Ordinal)
            : new Dictionary<string, object?>(error.Extensions, StringComparer.Ordinal);
        extensions["code"] = code;
        return new GraphQLError(error.Message, error.Locations, error.Path, extensions, error.Nodes);
    }
}
