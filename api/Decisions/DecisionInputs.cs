using System.ComponentModel;
using Hamahang.Api.Domain;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Decisions;

/// <summary>
/// Records an outcome of a meeting: a decision («مقرر شد»), a commitment, a directive or an emphasis, with the
/// owners and due date the record states (none invented). Decisions, commitments and directives start OPEN; an
/// emphasis has no status.
/// </summary>
public sealed record RecordDecisionInput
{
    [ID(nameof(Meeting))]
    public required int MeetingId { get; init; }

    [DefaultValue(OutcomeKind.Decision)]
    public OutcomeKind Kind { get; init; } = OutcomeKind.Decision;

    public required string Text { get; init; }

    public DateOnly? DueDate { get; init; }

    [ID(nameof(Organization))]
    public IReadOnlyList<int>? OwnerOrganizationIds { get; init; }
}

/// <summary>Replaces a decision's owners with these, if it is still at <see cref="Version"/>.</summary>
public sealed record SetDecisionOwnersInput
{
    [ID(nameof(Decision))]
    public required int Id { get; init; }

    public long Version { get; init; }

    public required IReadOnlyList<DecisionOwnerInput> Owners { get; init; }
}

/// <summary>An owner: an organization, and optionally the person in it who answers for the decision.</summary>
public sealed record DecisionOwnerInput
{
    [ID(nameof(Organization))]
    public required int OrganizationId { get; init; }

    [ID(nameof(Person))]
    public int? PersonId { get; init; }
}

/// <summary>
/// Sets or moves a decision's due date (null takes it away). Moving a due date that was set needs a
/// <see cref="Reason"/>; every change is kept in the decision's due-date history.
/// </summary>
public sealed record SetDecisionDueDateInput
{
    [ID(nameof(Decision))]
    public required int Id { get; init; }

    public long Version { get; init; }

    public DateOnly? DueDate { get; init; }

    public string? Reason { get; init; }
}

/// <summary>Moves a decision to another status (OPEN, IN_PROGRESS, DONE, CANCELLED).</summary>
public sealed record ChangeDecisionStatusInput
{
    [ID(nameof(Decision))]
    public required int Id { get; init; }

    public long Version { get; init; }

    public DecisionStatus Status { get; init; }
}

/// <summary>
/// Adds a dated note of progress to a decision, written by the caller. A retry with the same
/// <see cref="IdempotencyKey"/> returns the note the first call added and adds nothing.
/// </summary>
public sealed record AddDecisionNoteInput
{
    [ID(nameof(Decision))]
    public required int DecisionId { get; init; }

    public required string Text { get; init; }

    // The day the progress is reported for; today in Tehran when not given.
    public DateOnly? NotedOn { get; init; }

    public string? IdempotencyKey { get; init; }
}
