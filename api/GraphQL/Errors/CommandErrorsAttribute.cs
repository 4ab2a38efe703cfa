using Hamahang.Api.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.GraphQL.Errors;

/// <summary>
/// The errors every command can report, declared once for a mutation class (or a field): its payloads list them in
/// <c>errors</c> (ValidationError, NotFoundError, ConcurrencyError, ConflictError, DomainRuleError), and NotAuthorizedError
/// where the command refuses a caller by a rule of the records (<see cref="RecordRules"/>). A role the field does not admit
/// is not a payload error: the field's <c>[Authorize]</c> answers AUTH_NOT_AUTHORIZED before the command runs.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class CommandErrorsAttribute : Attribute, IErrorTypeProvider
{
    /// <summary>
    /// The command refuses callers its field admits by a rule of the records (<see cref="NotAuthorizedException"/>: an
    /// inspection not assigned to the inspector, a decision the partner does not own).
    /// </summary>
    public bool RecordRules { get; init; }

    public IEnumerable<Type> ErrorTypes =>
    [
        typeof(ValidationException),
        typeof(NotFoundException),
        typeof(ConcurrencyException),
        typeof(ConflictException),
        .. RecordRules ? [typeof(NotAuthorizedException)] : Array.Empty<Type>(),
        typeof(DomainRuleException),
    ];
}
