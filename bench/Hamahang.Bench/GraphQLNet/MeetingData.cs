using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.Bench.GraphQLNet;

/// <summary>
/// The in-memory registry both engines answer from: Tehran's 22 districts and 50 meetings, each concerning one to three
/// districts and attended by two to four people. Built once; every benchmark only reads it.
/// </summary>
internal static class MeetingData
{
    public static IReadOnlyList<District> Districts { get; } = CreateDistricts();

    public static IReadOnlyList<Meeting> Meetings { get; } = CreateMeetings();

    public static IReadOnlyDictionary<int, Meeting> MeetingsById { get; } = Meetings.ToDictionary(m => m.Id);

    /// <summary>The first districts by number (10 by default, at most 50, as the paging convention).</summary>
    public static List<District> DistrictsPage(int? first) => Districts.OrderBy(d => d.Number).Take(PageSize(first)).ToList();

    /// <summary>
    /// The first meetings by id, or with <paramref name="status"/>, or by start (<paramref name="startsAtDescending"/>), the id
    /// breaking ties as the sorting convention does: the <c>where</c> and <c>order</c> of the filtered page, resolved by hand.
    /// </summary>
    public static List<Meeting> MeetingsPage(int? first, MeetingStatus? status, bool? startsAtDescending)
    {
        IEnumerable<Meeting> meetings = Meetings;
        if (status is { } eq)
        {
            meetings = meetings.Where(m => m.Status == eq);
        }

        if (startsAtDescending is { } descending)
        {
            meetings = descending ? meetings.OrderByDescending(m => m.StartsAt).ThenBy(m => m.Id) : meetings.OrderBy(m => m.StartsAt).ThenBy(m => m.Id);
        }

        return meetings.Take(PageSize(first)).ToList();
    }

    /// <summary>The districts of <paramref name="meetings"/>, by number, grouped by meeting: what one batch loads.</summary>
    public static ILookup<int, District> DistrictsOf(IEnumerable<int> meetings) =>
        meetings.SelectMany(id => MeetingsById[id].DistrictIds.Select(d => (id, District: Districts[d - 1])))
            .OrderBy(p => p.District.Number).ToLookup(p => p.id, p => p.District);

    /// <summary>The attendees of <paramref name="meetings"/>, in order, grouped by meeting: what one batch loads.</summary>
    public static ILookup<int, MeetingAttendee> AttendeesOf(IEnumerable<int> meetings) =>
        meetings.SelectMany(id => MeetingsById[id].AttendeeList).ToLookup(a => a.MeetingId);

    private static int PageSize(int? first) => Math.Min(first ?? 10, 50);

    private static List<District> CreateDistricts() =>
        Enumerable.Range(1, 22).Select(n => new District { Id = n, Number = n, Name = $"منطقه {n}", NameEn = $"District {n}" }).ToList();

    private static List<Meeting> CreateMeetings()
    {
        var start = new DateTime(2024, 3, 20, 6, 30, 0, DateTimeKind.Utc);
        return Enumerable.Range(1, 50).Select(i => new Meeting
        {
            Id = i,
            Title = $"جلسه هماهنگی شماره {i} مدیریت بحران",
            Status = i % 3 == 0 ? MeetingStatus.Planned : MeetingStatus.Held,
            StartsAt = start.AddHours(i * 37),
            DistrictIds = Enumerable.Range(0, 1 + (i % 3)).Select(k => 1 + ((i + (k * 7)) % 22)).Distinct().ToList(),
            AttendeeList = Enumerable.Range(0, 2 + (i % 3))
                .Select(k => new MeetingAttendee
                {
                    Id = (i * 10) + k,
                    MeetingId = i,
                    Person = new Person { Id = (i * 10) + k, FullName = $"نماینده {k + 1} جلسه {i}" },
                })
                .ToList(),
        }).ToList();
    }
}

internal sealed class District
{
    [NodeId]
    public int Id { get; set; }

    public int Number { get; set; }

    public string Name { get; set; } = "";

    public string NameEn { get; set; } = "";
}

internal sealed class Meeting
{
    [NodeId]
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public MeetingStatus Status { get; set; }

    public DateTime? StartsAt { get; set; }

    [GraphQLIgnore]
    public List<int> DistrictIds { get; set; } = [];

    [GraphQLIgnore]
    public List<MeetingAttendee> AttendeeList { get; set; } = [];
}

internal sealed class MeetingAttendee
{
    [NodeId]
    public int Id { get; set; }

    [GraphQLIgnore]
    public int MeetingId { get; set; }

    public Person? Person { get; set; }
}

internal sealed class Person
{
    [NodeId]
    public int Id { get; set; }

    public string FullName { get; set; } = "";
}

internal enum MeetingStatus
{
    Planned,
    Held,
    Cancelled,
}
