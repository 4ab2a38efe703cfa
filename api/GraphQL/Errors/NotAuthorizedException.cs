namespace Hamahang.Api.GraphQL.Errors;

/// <summary>
/// The caller's key may not make this change (its role, or the records it is bound to, do not allow it):
/// <c>NotAuthorizedError</c>. Nothing was written.
/// </summary>
public sealed class NotAuthorizedException(string message) : Exception(message);
