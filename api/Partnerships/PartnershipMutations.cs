using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.Api.GraphQL.Errors;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Partnerships;

/// <summary>Partnerships between organizations (a supporting province, استان معین, and its district): editors and administrators.</summary>
[MutationType]
[CommandErrors]
public static class PartnershipMutations
{
    /// <summary>Records a partnership, with its counterpart departments.</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<Partnership> RecordPartnershipAsync(RecordPartnershipInput input, [Service] PartnershipCommands commands,
        CancellationToken cancellationToken) =>
        commands.RecordAsync(input, cancellationToken);

    /// <summary>Replaces a partnership's details.</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<Partnership> UpdatePartnershipAsync(UpdatePartnershipInput input, [Service] PartnershipCommands commands,
        CancellationToken cancellationToken) =>
        commands.UpdateAsync(input, cancellationToken);

    /// <summary>Replaces a partnership's counterpart departments.</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<Partnership> SetPartnershipCounterpartsAsync(SetPartnershipCounterpartsInput input, [Service] PartnershipCommands commands,
        CancellationToken cancellationToken) =>
        commands.SetCounterpartsAsync(input, cancellationToken);
}
