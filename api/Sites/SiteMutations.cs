using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.Api.GraphQL.Errors;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Sites;

/// <summary>The districts' crisis capacity sites: administrators.</summary>
[MutationType]
[CommandErrors]
public static class SiteMutations
{
    /// <summary>Creates a site.</summary>
    [Authorize(ApiKeyRole.Admin)]
    public static Task<Site> CreateSiteAsync(CreateSiteInput input, [Service] SiteCommands commands, CancellationToken cancellationToken) =>
        commands.CreateAsync(input, cancellationToken);

    /// <summary>Replaces a site's details.</summary>
    [Authorize(ApiKeyRole.Admin)]
    public static Task<Site> UpdateSiteAsync(UpdateSiteInput input, [Service] SiteCommands commands, CancellationToken cancellationToken) =>
        commands.UpdateAsync(input, cancellationToken);
}
