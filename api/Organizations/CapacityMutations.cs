using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.Api.GraphQL.Errors;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Organizations;

/// <summary>What organizations can bring in a crisis, and the districts they serve: editors and administrators.</summary>
[MutationType]
[CommandErrors]
public static class CapacityMutations
{
    /// <summary>Replaces an organization's crisis capacities, one per kind.</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<Organization> SetOrganizationCapacitiesAsync(SetOrganizationCapacitiesInput input, [Service] CapacityCommands commands,
        CancellationToken cancellationToken) =>
        commands.SetCapacitiesAsync(input, cancellationToken);

    /// <summary>Replaces the districts an organization serves (a county body, a charity active there).</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<Organization> SetOrganizationServiceAreasAsync(SetOrganizationServiceAreasInput input, [Service] CapacityCommands commands,
        CancellationToken cancellationToken) =>
        commands.SetServiceAreasAsync(input, cancellationToken);
}
