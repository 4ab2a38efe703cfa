using Hamahang.Api.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.GraphQL.Errors;

/// <summary>
/// The errors every command can report, declared once for a mutation class: its payloads list them in
/// <c>errors</c> (ValidationError, NotFoundError, ConcurrencyError, ConflictError, NotAuthorizedError, DomainRuleError).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CommandErrorsAttribute : Attribute, IErrorTypeProvider
{
    public IEnumerable<Type> ErrorTypes { get; } =
    [
        typeof(ValidationException),
        typeof(NotFoundException),
        typeof(ConcurrencyException),
        typeof(ConflictException),
        typeof(NotAuthorizedException),
        typeof(DomainRuleException),
    ];
}
