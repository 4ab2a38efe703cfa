using Hamahang.Api.Domain;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Meetings;

/// <summary>Writes the first draft of a meeting's minutes.</summary>
public sealed record WriteMinutesInput
{
    [ID(nameof(Meeting))]
    public required int MeetingId { get; init; }

    public required IReadOnlyList<MinutesSectionInput> Sections { get; init; }
}

/// <summary>Replaces the sections of draft minutes.</summary>
public sealed record UpdateMinutesInput
{
    [ID("Minutes")]
    public required int Id { get; init; }

    public long Version { get; init; }

    public required IReadOnlyList<MinutesSectionInput> Sections { get; init; }
}

/// <summary>Approves draft minutes, or publishes approved ones (after which they never change).</summary>
public sealed record ApproveMinutesInput
{
    [ID("Minutes")]
    public required int Id { get; init; }

    public long Version { get; init; }
}

/// <summary>Publishes approved minutes: integrators see them, and they never change again.</summary>
public sealed record PublishMinutesInput
{
    [ID("Minutes")]
    public required int Id { get; init; }

    public long Version { get; init; }
}

/// <summary>Corrects published minutes with a new draft revision that amends them; the published revision stays as it is.</summary>
public sealed record AmendMinutesInput
{
    [ID("Minutes")]
    public required int Id { get; init; }

    public required IReadOnlyList<MinutesSectionInput> Sections { get; init; }
}

public sealed record MinutesSectionInput
{
    public MinutesSectionKind Kind { get; init; }

    public required string Heading { get; init; }

    public required string Body { get; init; }
}
