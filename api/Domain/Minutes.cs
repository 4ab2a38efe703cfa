using Hamahang.Api.GraphQL;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Domain;

/// <summary>
/// One revision of a meeting's minutes (صورتجلسه). Draft → Approved → Published; published minutes
/// never change: a correction is a new revision that amends the published one.
/// </summary>
public class Minutes : Entity
{
    [ID(nameof(Meeting))]
    public int MeetingId { get; set; }

    [Reference]
    public Meeting? Meeting { get; set; }

    public int Revision { get; set; }

    public MinutesStatus Status { get; set; }

    [ID(nameof(Minutes))]
    public int? AmendsId { get; set; }

    [Reference]
    public Minutes? Amends { get; set; }

    public DateTime? ApprovedAt { get; set; }

    // The start of the period PublishedAtPrecision names: a publication whose source gives only its year is dated to
    // Tehran's first moment of that year and says so, rather than claim a day and an hour.
    public DateTime? PublishedAt { get; set; }

    public DatePrecision PublishedAtPrecision { get; set; }

    /// <summary>
    /// Where the revision's publication stands in commit order: a revision committed later has a larger value,
    /// whatever its <see cref="PublishedAt"/> says, so integrators page on it (see schema/README.md). Set by the
    /// database layer under the write lock (<c>Data/MinutesPositions.cs</c>); on SQL Server the row's rowversion.
    /// </summary>
    [GraphQLDescription("Where the revision's publication stands in commit order: a revision committed later has a larger value, "
        + "whatever its publishedAt says. Page on it to miss no revision (see schema/README.md). Final once the revision is published.")]
    public long? PublicationPosition { get; set; }

    [GraphQLIgnore]
    public List<MinutesSection> Sections { get; } = [];
}

public enum MinutesStatus
{
    Draft,
    Approved,
    Published,
}

/// <summary>A section of the minutes' body, in order (attendees, discussion, resolutions, visits...).</summary>
public class MinutesSection : Entity
{
    [ID(nameof(Minutes))]
    public int MinutesId { get; set; }

    [Reference]
    public Minutes? Minutes { get; set; }

    public int Position { get; set; }

    public MinutesSectionKind Kind { get; set; }

    public required string Heading { get; set; }

    [NormalizedSearch("BodyNormalized", typeof(PersianNormalizer))]
    public required string Body { get; set; }
}

public enum MinutesSectionKind
{
    Attendees,
    Agenda,
    Discussion,
    Decisions,
    SiteVisits,
    Other,
}
