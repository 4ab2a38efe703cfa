using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.Api.GraphQL.Errors;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Organizations;

/// <summary>Organizations and people: administrators.</summary>
[MutationType]
[CommandErrors]
public static class OrganizationMutations
{
    /// <summary>Creates an organization.</summary>
    [Authorize(ApiKeyRole.Admin)]
    public static Task<Organization> CreateOrganizationAsync(CreateOrganizationInput input, [Service] OrganizationCommands commands,
        CancellationToken cancellationToken) =>
        commands.CreateAsync(input, cancellationToken);

    /// <summary>Replaces an organization's details.</summary>
    [Authorize(ApiKeyRole.Admin)]
    public static Task<Organization> UpdateOrganizationAsync(UpdateOrganizationInput input, [Service] OrganizationCommands commands,
        CancellationToken cancellationToken) =>
        commands.UpdateAsync(input, cancellationToken);

    /// <summary>Creates a person.</summary>
    [Authorize(ApiKeyRole.Admin)]
    public static Task<Person> CreatePersonAsync(CreatePersonInput input, [Service] OrganizationCommands commands, CancellationToken cancellationToken) =>
        commands.CreatePersonAsync(input, cancellationToken);

    /// <summary>Replaces a person's details.</summary>
    [Authorize(ApiKeyRole.Admin)]
    public static Task<Person> UpdatePersonAsync(UpdatePersonInput input, [Service] OrganizationCommands commands, CancellationToken cancellationToken) =>
        commands.UpdatePersonAsync(input, cancellationToken);
}
