using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.Api.GraphQL.Errors;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Meetings;

/// <summary>Minutes: written as a draft, approved, published; published minutes are amended by a new revision. Editors and administrators.</summary>
[MutationType]
[CommandErrors]
public static class MinutesMutations
{
    /// <summary>Writes the first draft of a meeting's minutes.</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<Minutes> WriteMinutesAsync(WriteMinutesInput input, [Service] MinutesCommands commands, CancellationToken cancellationToken) =>
        commands.WriteAsync(input, cancellationToken);

    /// <summary>Replaces the sections of draft minutes.</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<Minutes> UpdateMinutesAsync(UpdateMinutesInput input, [Service] MinutesCommands commands, CancellationToken cancellationToken) =>
        commands.UpdateAsync(input, cancellationToken);

    /// <summary>Approves draft minutes.</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<Minutes> ApproveMinutesAsync(ApproveMinutesInput input, [Service] MinutesCommands commands, CancellationToken cancellationToken) =>
        commands.ApproveAsync(input, cancellationToken);

    /// <summary>Publishes approved minutes; they never change afterwards, and minutesPublished subscribers hear of them.</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<Minutes> PublishMinutesAsync(PublishMinutesInput input, [Service] MinutesCommands commands, CancellationToken cancellationToken) =>
        commands.PublishAsync(input, cancellationToken);

    /// <summary>Corrects published minutes with a new draft revision that amends them.</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<Minutes> AmendMinutesAsync(AmendMinutesInput input, [Service] MinutesCommands commands, CancellationToken cancellationToken) =>
        commands.AmendAsync(input, cancellationToken);
}
