using System.ComponentModel;
using Hamahang.Api.Domain;
using Hamahang.Api.Meetings;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Campaigns;

/// <summary>Replaces a campaign's details, if it is still at <see cref="Version"/>.</summary>
public sealed record UpdateCampaignInput : CampaignDetailsInput
{
    [ID(nameof(Campaign))]
    public required int Id { get; init; }

    public long Version { get; init; }
}

/// <summary>
/// A campaign's details, as recording and updating it give them: its name, who runs it and where its facts come from.
/// Declared between the two: input fields keep declaration order, so an update's id and version come first.
/// </summary>
public abstract record CampaignDetailsInput
{
    public required string Name { get; init; }

    public string? NameEn { get; init; }

    public string? Description { get; init; }

    [ID(nameof(Organization))]
    public int? OrganizationId { get; init; }

    public SourceInput? Source { get; init; }
}

/// <summary>A campaign's details, to record one.</summary>
public sealed record RecordCampaignInput : CampaignDetailsInput;

/// <summary>
/// Replaces a campaign's phases, if the campaign is still at <see cref="Version"/>: a phase whose number stays keeps
/// its service points; a phase left out goes, with its service points.
/// </summary>
public sealed record SetCampaignPhasesInput
{
    [ID(nameof(Campaign))]
    public required int Id { get; init; }

    public long Version { get; init; }

    public required IReadOnlyList<CampaignPhaseInput> Phases { get; init; }
}

/// <summary>A phase: its number, its dates at the precision the source gives, and the meeting that launched it.</summary>
public sealed record CampaignPhaseInput
{
    public int Number { get; init; }

    public string? Description { get; init; }

    // Left out only when the source gives no date (precision UNKNOWN).
    public DateTimeOffset? StartsAt { get; init; }

    [DefaultValue(DatePrecision.Unknown)]
    public DatePrecision StartsAtPrecision { get; init; } = DatePrecision.Unknown;

    public DateTimeOffset? EndsAt { get; init; }

    [DefaultValue(DatePrecision.Unknown)]
    public DatePrecision EndsAtPrecision { get; init; } = DatePrecision.Unknown;

    [ID(nameof(Meeting))]
    public int? LaunchMeetingId { get; init; }
}

/// <summary>Replaces a phase's service points, if the phase is still at <see cref="Version"/>.</summary>
public sealed record SetPhaseServicePointsInput
{
    [ID(nameof(CampaignPhase))]
    public required int PhaseId { get; init; }

    public long Version { get; init; }

    public required IReadOnlyList<ServicePointInput> ServicePoints { get; init; }
}

/// <summary>The service points of one kind: how many (left out when the source gives no count) and the places it names.</summary>
public sealed record ServicePointInput
{
    public ServicePointKind Kind { get; init; }

    public int? Count { get; init; }

    public string? Notes { get; init; }

    [ID(nameof(Site))]
    public IReadOnlyList<int>? SiteIds { get; init; }
}
