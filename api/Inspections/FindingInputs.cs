using System.ComponentModel;
using Hamahang.Api.Domain;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Inspections;

/// <summary>
/// Files a finding on an inspection assigned to the caller. A retry with the same <see cref="IdempotencyKey"/>
/// returns the finding the first call filed and files nothing.
/// </summary>
public sealed record FileFindingInput
{
    [ID(nameof(Inspection))]
    public required int InspectionId { get; init; }

    public FindingCategory Category { get; init; }

    public FindingSeverity Severity { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public string? Location { get; init; }

    public FindingChannel Channel { get; init; }

    [ID(nameof(Organization))]
    public int? ResponsibleOrganizationId { get; init; }

    public DateOnly? DueDate { get; init; }

    [DefaultValue(false)]
    public bool IsConfidential { get; init; }

    public string? IdempotencyKey { get; init; }
}

/// <summary>Moves a finding to another status, with a note; its history keeps the change and the note.</summary>
public sealed record ChangeFindingStatusInput
{
    [ID(nameof(Finding))]
    public required int Id { get; init; }

    public long Version { get; init; }

    public FindingStatus Status { get; init; }

    public required string Note { get; init; }
}

/// <summary>Dismisses a finding with a reason (findings are never deleted).</summary>
public sealed record DismissFindingInput
{
    [ID(nameof(Finding))]
    public required int Id { get; init; }

    public long Version { get; init; }

    public required string Reason { get; init; }
}
