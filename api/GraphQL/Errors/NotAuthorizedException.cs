namespace Hamahang.Api.GraphQL.Errors;

/// <summary>
/// The caller's role may make this kind of change, but not to this record (an inspection not assigned to the
/// inspector, a decision the partner's organization does not own): <c>NotAuthorizedError</c>. Nothing was written.
/// A role that may not make it at all is the field's AUTH_NOT_AUTHORIZED error (<see cref="Authorization.AuthorizeAttribute"/>).
/// </summary>
public sealed class NotAuthorizedException(string message) : Exception(message);
