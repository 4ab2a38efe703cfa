using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.Api.GraphQL.Errors;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Inspections;

/// <summary>Inspections and their findings: inspectors on the inspections assigned to them, and administrators.</summary>
[MutationType]
[CommandErrors(RecordRules = true)]
public static class InspectionMutations
{
    /// <summary>Plans an inspection by the caller's organization (or with the caller among its inspectors).</summary>
    [Authorize(ApiKeyRole.Inspector, ApiKeyRole.Admin)]
    public static Task<Inspection> ScheduleInspectionAsync(ScheduleInspectionInput input, [Service] InspectionCommands commands,
        CancellationToken cancellationToken) =>
        commands.ScheduleAsync(input, cancellationToken);

    /// <summary>Starts a planned inspection.</summary>
    [Authorize(ApiKeyRole.Inspector, ApiKeyRole.Admin)]
    public static Task<Inspection> StartInspectionAsync(StartInspectionInput input, [Service] InspectionCommands commands,
        CancellationToken cancellationToken) =>
        commands.StartAsync(input, cancellationToken);

    /// <summary>Completes an inspection in progress.</summary>
    [Authorize(ApiKeyRole.Inspector, ApiKeyRole.Admin)]
    public static Task<Inspection> CompleteInspectionAsync(CompleteInspectionInput input, [Service] InspectionCommands commands,
        CancellationToken cancellationToken) =>
        commands.CompleteAsync(input, cancellationToken);

    /// <summary>
    /// Files a finding on an inspection assigned to the caller. Send an idempotencyKey: a retry with the same key
    /// returns the finding the first call filed, and files nothing.
    /// </summary>
    [Authorize(ApiKeyRole.Inspector, ApiKeyRole.Admin)]
    public static Task<Finding> FileFindingAsync(FileFindingInput input, [Service] FindingCommands commands, CancellationToken cancellationToken) =>
        commands.FileAsync(input, cancellationToken);

    /// <summary>Moves a finding to another status with a note; the history keeps both.</summary>
    [Authorize(ApiKeyRole.Inspector, ApiKeyRole.Admin)]
    public static Task<Finding> ChangeFindingStatusAsync(ChangeFindingStatusInput input, [Service] FindingCommands commands,
        CancellationToken cancellationToken) =>
        commands.ChangeStatusAsync(input, cancellationToken);

    /// <summary>Dismisses a finding with a reason; findings are never deleted.</summary>
    [Authorize(ApiKeyRole.Inspector, ApiKeyRole.Admin)]
    public static Task<Finding> DismissFindingAsync(DismissFindingInput input, [Service] FindingCommands commands, CancellationToken cancellationToken) =>
        commands.DismissAsync(input, cancellationToken);
}
