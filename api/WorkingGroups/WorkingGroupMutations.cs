using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.Api.GraphQL.Errors;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.WorkingGroups;

/// <summary>Working groups formed by decisions, and their members: editors and administrators.</summary>
[MutationType]
[CommandErrors]
public static class WorkingGroupMutations
{
    /// <summary>Forms a working group from a decision. A retry with the same idempotencyKey returns the first group.</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<WorkingGroup> FormWorkingGroupAsync(FormWorkingGroupInput input, [Service] WorkingGroupCommands commands,
        CancellationToken cancellationToken) =>
        commands.FormAsync(input, cancellationToken);

    /// <summary>Adds a member to a working group.</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<WorkingGroup> AddWorkingGroupMemberAsync(AddWorkingGroupMemberInput input, [Service] WorkingGroupCommands commands,
        CancellationToken cancellationToken) =>
        commands.AddMemberAsync(input, cancellationToken);

    /// <summary>Removes a member from a working group.</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<WorkingGroup> RemoveWorkingGroupMemberAsync(RemoveWorkingGroupMemberInput input, [Service] WorkingGroupCommands commands,
        CancellationToken cancellationToken) =>
        commands.RemoveMemberAsync(input, cancellationToken);

    /// <summary>Moves a working group to another status.</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<WorkingGroup> SetWorkingGroupStatusAsync(SetWorkingGroupStatusInput input, [Service] WorkingGroupCommands commands,
        CancellationToken cancellationToken) =>
        commands.SetStatusAsync(input, cancellationToken);
}
