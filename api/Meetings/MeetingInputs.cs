using System.ComponentModel;
using Hamahang.Api.Domain;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Meetings;

/// <summary>Replaces a meeting's details with these, if it is still at <see cref="Version"/>.</summary>
public sealed record UpdateMeetingInput : MeetingDetailsInput
{
    [ID(nameof(Meeting))]
    public required int Id { get; init; }

    public long Version { get; init; }
}

/// <summary>
/// What a meeting is, as recording it and updating it give it: the details an update replaces. Declared after
/// <see cref="UpdateMeetingInput"/> and before <see cref="RecordMeetingInput"/>: input fields keep declaration order, so an
/// update's id and version come first, and a record's own fields last.
/// </summary>
public abstract record MeetingDetailsInput
{
    public MeetingKind Kind { get; init; }

    public required string Title { get; init; }

    public string? TitleEn { get; init; }

    public string? Summary { get; init; }

    // Left out only when the source gives no date (startsAtPrecision UNKNOWN).
    public DateTimeOffset? StartsAt { get; init; }

    // How much of startsAt the source gives; a coarser precision keeps only the day, month or year.
    [DefaultValue(DatePrecision.Time)]
    public DatePrecision StartsAtPrecision { get; init; } = DatePrecision.Time;

    // The source gives no date of its own and startsAt is its publication date.
    [DefaultValue(false)]
    public bool StartsAtFromPublication { get; init; }

    public DateTimeOffset? EndsAt { get; init; }

    public string? Venue { get; init; }

    public string? SourceUrl { get; init; }

    public SourceInput? Source { get; init; }

    [ID(nameof(Organization))]
    public int? HostOrganizationId { get; init; }

    [ID(nameof(District))]
    public IReadOnlyList<int>? DistrictIds { get; init; }
}

/// <summary>
/// Records a meeting (held, or planned when it starts in the future). A retry with the same
/// <see cref="IdempotencyKey"/> returns the meeting the first call recorded.
/// </summary>
public sealed record RecordMeetingInput : MeetingDetailsInput
{
    [ID(nameof(WorkingGroup))]
    public int? WorkingGroupId { get; init; }

    public string? IdempotencyKey { get; init; }
}

/// <summary>Cancels a meeting; its record stays.</summary>
public sealed record CancelMeetingInput
{
    [ID(nameof(Meeting))]
    public required int Id { get; init; }

    public long Version { get; init; }
}

/// <summary>Replaces a meeting's agenda with these items, in order.</summary>
public sealed record SetMeetingAgendaInput
{
    [ID(nameof(Meeting))]
    public required int MeetingId { get; init; }

    public long Version { get; init; }

    public required IReadOnlyList<AgendaItemInput> Items { get; init; }
}

public sealed record AgendaItemInput
{
    public required string Title { get; init; }

    public string? Notes { get; init; }
}

/// <summary>Replaces a meeting's attendees with these.</summary>
public sealed record SetMeetingAttendeesInput
{
    [ID(nameof(Meeting))]
    public required int MeetingId { get; init; }

    public long Version { get; init; }

    public required IReadOnlyList<AttendeeInput> Attendees { get; init; }
}

/// <summary>An attendee: a person, an organization, or a person on behalf of an organization.</summary>
public sealed record AttendeeInput
{
    [ID(nameof(Person))]
    public int? PersonId { get; init; }

    [ID(nameof(Organization))]
    public int? OrganizationId { get; init; }

    public AttendeeRole? Role { get; init; }

    public string? Description { get; init; }
}
