using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Bench.Http;

internal sealed record DistrictRow(int Id, int Number, string Name);

internal sealed record PersonRow(string FullName);

internal sealed record AttendeeRow(PersonRow? Person);

internal sealed record MeetingRow(int Id, string Title, DateTime? StartsAt, List<DistrictRow>? Districts, List<AttendeeRow>? Attendees);

/// <summary>
/// The EF Core queries both .NET peers run: each projects exactly the fields the benchmarked
/// operation asks for, over Hamahang's model, untracked, as a careful hand would write them.
/// </summary>
internal static class PeerQueries
{
    // By number, as Hamahang's districts resolver orders them (its order when the client names none), the id breaking ties.
    public static Task<List<DistrictRow>> DistrictsAsync(AppDbContext db, int first, CancellationToken cancellationToken) =>
        db.Districts.AsNoTracking().OrderBy(d => d.Number).ThenBy(d => d.Id).Take(first)
            .Select(d => new DistrictRow(d.Id, d.Number, d.Name)).ToListAsync(cancellationToken);

    /// <summary>
    /// A page of meetings by id, or HELD ones latest first; nested lists only when selected. Ties break on the id ascending,
    /// as Hamahang's sorting ends in the primary key (two HELD meetings of the seed start at the same time).
    /// </summary>
    public static Task<List<MeetingRow>> MeetingsAsync(AppDbContext db, int first, bool heldLatestFirst, bool withLists, CancellationToken cancellationToken)
    {
        var meetings = db.Meetings.AsNoTracking();
        meetings = heldLatestFirst
            ? meetings.Where(m => m.Status == MeetingStatus.Held).OrderByDescending(m => m.StartsAt).ThenBy(m => m.Id)
            : meetings.OrderBy(m => m.Id);
        meetings = meetings.Take(first);
        if (!withLists)
        {
            return meetings.Select(m => new MeetingRow(m.Id, m.Title, m.StartsAt, null, null)).ToListAsync(cancellationToken);
        }

        return meetings
            .Select(m => new MeetingRow(
                m.Id,
                m.Title,
                m.StartsAt,
                m.Districts.OrderBy(d => d.District!.Number).ThenBy(d => d.Id).Select(d => new DistrictRow(d.District!.Id, d.District.Number, d.District.Name))
                    .ToList(),
                m.Attendees.OrderBy(a => a.Id).Select(a => new AttendeeRow(a.Person == null ? null : new PersonRow(a.Person.FullName))).ToList()))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
    }

    public static Task<MeetingRow?> MeetingAsync(AppDbContext db, int id, CancellationToken cancellationToken) =>
        db.Meetings.AsNoTracking().Where(m => m.Id == id).Select(m => new MeetingRow(m.Id, m.Title, m.StartsAt, null, null))
            .FirstOrDefaultAsync(cancellationToken);

    // Meeting.startsAt is nullable (a source may give no date): null stays null.
    public static string? StartsAt(DateTime? value) => value?.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
