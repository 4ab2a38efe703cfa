using System.ComponentModel.DataAnnotations;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.Workshop.Tests.Data;

/// <summary>A conference attendee (the workshop's <c>Attendee</c>).</summary>
public class Attendee
{
    [NodeId]
    public int Id { get; set; }

    [StringLength(200)]
    public required string FirstName { get; set; }

    [StringLength(200)]
    public required string LastName { get; set; }

    [StringLength(200)]
    public required string Username { get; set; }

    [StringLength(256)]
    public string? EmailAddress { get; set; }

    [GraphQLIgnore]
    public ICollection<SessionAttendee> SessionsAttendees { get; set; } = [];
}

/// <summary>A talk, scheduled in a track or not yet.</summary>
public class Session
{
    [NodeId]
    public int Id { get; set; }

    [StringLength(200)]
    public required string Title { get; set; }

    [StringLength(4000)]
    public string? Abstract { get; set; }

    public DateTimeOffset? StartTime { get; set; }

    public DateTimeOffset? EndTime { get; set; }

    /// <summary>The workshop's computed <c>Duration</c>: not a column (the object type resolves it with its own method).</summary>
    public TimeSpan Duration => EndTime is { } end && StartTime is { } start ? end - start : TimeSpan.Zero;

    [ID(nameof(Track))]
    public int? TrackId { get; set; }

    public Track? Track { get; set; }

    [GraphQLIgnore]
    public ICollection<SessionSpeaker> SessionSpeakers { get; set; } = [];

    [GraphQLIgnore]
    public ICollection<SessionAttendee> SessionAttendees { get; set; } = [];
}

/// <summary>A speaker.</summary>
public class Speaker
{
    [NodeId]
    public int Id { get; set; }

    [StringLength(200)]
    public required string Name { get; set; }

    [StringLength(4000)]
    public string? Bio { get; set; }

    [StringLength(1000)]
    public string? Website { get; set; }

    [GraphQLIgnore]
    public ICollection<SessionSpeaker> SessionSpeakers { get; set; } = [];
}

/// <summary>A track of sessions.</summary>
public class Track
{
    [NodeId]
    public int Id { get; set; }

    [StringLength(200)]
    public required string Name { get; set; }

    [GraphQLIgnore]
    public ICollection<Session> Sessions { get; set; } = [];
}

/// <summary>Who checked in to which session.</summary>
public class SessionAttendee
{
    public int SessionId { get; set; }

    public Session? Session { get; set; }

    public int AttendeeId { get; set; }

    public Attendee? Attendee { get; set; }
}

/// <summary>Who speaks in which session.</summary>
public class SessionSpeaker
{
    public int SessionId { get; set; }

    public Session? Session { get; set; }

    public int SpeakerId { get; set; }

    public Speaker? Speaker { get; set; }
}
