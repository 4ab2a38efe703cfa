using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.Api.GraphQL.Errors;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Decisions;

/// <summary>A meeting's outcomes and their follow-up: editors and administrators; progress notes also by the owners.</summary>
[MutationType]
[CommandErrors]
public static class DecisionMutations
{
    /// <summary>Records an outcome of a meeting: a decision, a commitment, a directive or an emphasis.</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<Decision> RecordDecisionAsync(RecordDecisionInput input, [Service] DecisionCommands commands, CancellationToken cancellationToken) =>
        commands.RecordAsync(input, cancellationToken);

    /// <summary>Replaces a decision's owners (organizations, each optionally with the person who answers for it).</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<Decision> SetDecisionOwnersAsync(SetDecisionOwnersInput input, [Service] DecisionCommands commands,
        CancellationToken cancellationToken) =>
        commands.SetOwnersAsync(input, cancellationToken);

    /// <summary>Sets or moves a decision's due date; moving one needs a reason, and the change is kept in its history.</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<Decision> SetDecisionDueDateAsync(SetDecisionDueDateInput input, [Service] DecisionCommands commands,
        CancellationToken cancellationToken) =>
        commands.SetDueDateAsync(input, cancellationToken);

    /// <summary>Moves a decision to another status.</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<Decision> ChangeDecisionStatusAsync(ChangeDecisionStatusInput input, [Service] DecisionCommands commands,
        CancellationToken cancellationToken) =>
        commands.ChangeStatusAsync(input, cancellationToken);

    /// <summary>
    /// Adds a dated progress note to a decision: editors and admins on any, partners and inspectors on the decisions
    /// their organization owns. A retry with the same idempotencyKey returns the first note and adds nothing.
    /// </summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin, ApiKeyRole.Partner, ApiKeyRole.Inspector)]
    [CommandErrors(RecordRules = true)]
    public static Task<DecisionNote> AddDecisionNoteAsync(AddDecisionNoteInput input, [Service] DecisionCommands commands,
        CancellationToken cancellationToken) =>
        commands.AddNoteAsync(input, cancellationToken);
}
