using System.ComponentModel;
using Hamahang.Api.Domain;
using Hamahang.Api.Meetings;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Inspections;

/// <summary>Plans an inspection of an organization or a site, by an inspecting organization and its inspectors.</summary>
public sealed record ScheduleInspectionInput
{
    public InspectionKind Kind { get; init; }

    public required string Title { get; init; }

    [ID(nameof(District))]
    public required int DistrictId { get; init; }

    [ID(nameof(Organization))]
    public int? InspectedOrganizationId { get; init; }

    [ID(nameof(Site))]
    public int? InspectedSiteId { get; init; }

    [ID(nameof(Organization))]
    public required int InspectingOrganizationId { get; init; }

    public DateTimeOffset PlannedAt { get; init; }

    // How much of plannedAt the source gives: a day-precise date stores Tehran's first moment of that day.
    [DefaultValue(DatePrecision.Time)]
    public DatePrecision PlannedAtPrecision { get; init; } = DatePrecision.Time;

    // The source gives no date of its own and plannedAt is its publication day.
    [DefaultValue(false)]
    public bool PlannedAtFromPublication { get; init; }

    // Where the inspection's facts come from, when it is recorded from a published source.
    public SourceInput? Source { get; init; }

    [ID(nameof(Person))]
    public IReadOnlyList<int>? InspectorIds { get; init; }
}

/// <summary>Starts a planned inspection (Planned → InProgress).</summary>
public sealed record StartInspectionInput
{
    [ID(nameof(Inspection))]
    public required int Id { get; init; }

    public long Version { get; init; }
}

/// <summary>Completes an inspection in progress (InProgress → Completed).</summary>
public sealed record CompleteInspectionInput
{
    [ID(nameof(Inspection))]
    public required int Id { get; init; }

    public long Version { get; init; }
}
