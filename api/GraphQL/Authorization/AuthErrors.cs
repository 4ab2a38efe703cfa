using Hamahang.GraphQL.Execution;

namespace Hamahang.Api.GraphQL.Authorization;

/// <summary>The errors (with <c>extensions.code</c>) of a caller who is not known, or not allowed.</summary>
public static class AuthErrors
{
    public const string NotAuthenticatedCode = "AUTH_NOT_AUTHENTICATED";

    public const string NotAuthorizedCode = "AUTH_NOT_AUTHORIZED";

    public static GraphQLException NotAuthenticated() =>
        new("The current user is not authenticated: send an API key (Authorization: ApiKey <key>, or X-Api-Key).", NotAuthenticatedCode);

    public static GraphQLException NotAuthorized() =>
        new("The current user is not authorized to access this resource.", NotAuthorizedCode);
}
