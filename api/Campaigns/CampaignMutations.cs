using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.Api.GraphQL.Errors;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Campaigns;

/// <summary>City campaigns («تهران دوباره جان می‌گیرد»), their phases and service points: editors and administrators.</summary>
[MutationType]
[CommandErrors]
public static class CampaignMutations
{
    /// <summary>Records a campaign.</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<Campaign> RecordCampaignAsync(RecordCampaignInput input, [Service] CampaignCommands commands, CancellationToken cancellationToken) =>
        commands.RecordAsync(input, cancellationToken);

    /// <summary>Replaces a campaign's details.</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<Campaign> UpdateCampaignAsync(UpdateCampaignInput input, [Service] CampaignCommands commands, CancellationToken cancellationToken) =>
        commands.UpdateAsync(input, cancellationToken);

    /// <summary>Replaces a campaign's phases; phases kept keep their service points.</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<Campaign> SetCampaignPhasesAsync(SetCampaignPhasesInput input, [Service] CampaignCommands commands,
        CancellationToken cancellationToken) =>
        commands.SetPhasesAsync(input, cancellationToken);

    /// <summary>Replaces a phase's service points, by kind.</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<CampaignPhase> SetPhaseServicePointsAsync(SetPhaseServicePointsInput input, [Service] CampaignCommands commands,
        CancellationToken cancellationToken) =>
        commands.SetServicePointsAsync(input, cancellationToken);
}
