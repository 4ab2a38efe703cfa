using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.Api.GraphQL.Errors;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Archiving;

/// <summary>Archiving, never deleting: administrators.</summary>
[MutationType]
[CommandErrors]
public static class ArchiveMutations
{
    /// <summary>Archives an organization: left out of lists unless includeArchived, kept with every link.</summary>
    [Authorize(ApiKeyRole.Admin)]
    public static Task<Organization> ArchiveOrganizationAsync(ArchiveOrganizationInput input, [Service] ArchiveCommands commands,
        CancellationToken cancellationToken) =>
        commands.ArchiveAsync(input, cancellationToken);

    /// <summary>Restores an archived organization.</summary>
    [Authorize(ApiKeyRole.Admin)]
    public static Task<Organization> RestoreOrganizationAsync(RestoreOrganizationInput input, [Service] ArchiveCommands commands,
        CancellationToken cancellationToken) =>
        commands.RestoreAsync(input, cancellationToken);

    /// <summary>Archives a person.</summary>
    [Authorize(ApiKeyRole.Admin)]
    public static Task<Person> ArchivePersonAsync(ArchivePersonInput input, [Service] ArchiveCommands commands, CancellationToken cancellationToken) =>
        commands.ArchiveAsync(input, cancellationToken);

    /// <summary>Restores an archived person.</summary>
    [Authorize(ApiKeyRole.Admin)]
    public static Task<Person> RestorePersonAsync(RestorePersonInput input, [Service] ArchiveCommands commands, CancellationToken cancellationToken) =>
        commands.RestoreAsync(input, cancellationToken);

    /// <summary>Archives a site.</summary>
    [Authorize(ApiKeyRole.Admin)]
    public static Task<Site> ArchiveSiteAsync(ArchiveSiteInput input, [Service] ArchiveCommands commands, CancellationToken cancellationToken) =>
        commands.ArchiveAsync(input, cancellationToken);

    /// <summary>Restores an archived site.</summary>
    [Authorize(ApiKeyRole.Admin)]
    public static Task<Site> RestoreSiteAsync(RestoreSiteInput input, [Service] ArchiveCommands commands, CancellationToken cancellationToken) =>
        commands.RestoreAsync(input, cancellationToken);
}
