using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Errors;

namespace Hamahang.Api.Commands;

/// <summary>
/// Who may change what (DOMAIN.md): editors record meetings, minutes and working groups; inspectors schedule
/// and run inspections and file and follow findings on the inspections assigned to them; administrators
/// manage everything. Partners and integrators only read. A refusal is a <see cref="NotAuthorizedException"/>.
/// </summary>
public static class Access
{
    public static void Require(Actor actor, string action, params ApiKeyRole[] roles)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(roles);
        if (actor.Role is not { } role || (role != ApiKeyRole.Admin && !roles.Contains(role)))
        {
            throw new NotAuthorizedException(actor.Role is null
                ? $"Only a caller with an API key may {action}."
                : $"A key with the role {actor.Role} may not {action}.");
        }
    }

    /// <summary>An inspection is assigned to the caller when it names the key's person among its inspectors, or the key's organization inspects.</summary>
    public static bool IsAssigned(Actor actor, Inspection inspection)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(inspection);
        return actor.Role == ApiKeyRole.Admin
            || (actor.PersonId is { } person && inspection.Inspectors.Any(i => i.PersonId == person))
            || (actor.OrganizationId is { } organization && inspection.InspectingOrganizationId == organization);
    }

    public static void RequireAssigned(Actor actor, Inspection inspection, string action)
    {
        if (!IsAssigned(actor, inspection))
        {
            throw new NotAuthorizedException($"Only the inspectors of this inspection may {action}.");
        }
    }
}
