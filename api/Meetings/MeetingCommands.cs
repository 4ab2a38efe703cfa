using Hamahang.Api.Commands;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.Api.Text;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Meetings;

/// <summary>Records meetings, their agenda, attendees, site visits and tags: editors and administrators.</summary>
public sealed partial class MeetingCommands(AppDbContext db, Caller caller, IServiceProvider services) : CommandService(db, caller, services)
{
    public const string RecordOperation = "recordMeeting";

    public async Task<Meeting> RecordAsync(RecordMeetingInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        return await Db.CreateOnceAsync(RecordOperation, input.IdempotencyKey, Caller, async () =>
        {
            // The title and the other details are the input's (SetDetailsAsync).
            var meeting = new Meeting { Title = "" };
            await SetDetailsAsync(meeting, input, cancellationToken);
            meeting.WorkingGroupId = await ReferenceAsync<WorkingGroup>(input.WorkingGroupId, cancellationToken);
            Db.Meetings.Add(meeting);
            await SaveAsync(cancellationToken);
            return meeting;
        }, cancellationToken);
    }

    public async Task<Meeting> UpdateAsync(UpdateMeetingInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var meeting = await LoadOpenAsync(Db.Meetings.Include(m => m.Districts).Include(m => m.Source), input.Id, cancellationToken);
        await SetDetailsAsync(meeting, input, cancellationToken);
        ExpectVersion(meeting, input.Version);
        await SaveAsync(cancellationToken);
        return meeting;
    }

    // What recording and updating both set: the details, the host and the districts (kept ones stay as they are; only the
    // ones dropped or added change).
    private async Task SetDetailsAsync(Meeting meeting, MeetingDetailsInput input, CancellationToken cancellationToken)
    {
        var host = await ReferenceAsync<Organization>(input.HostOrganizationId, cancellationToken);
        var districts = await DistrictKeysAsync(input.DistrictIds, cancellationToken);
        meeting.Kind = input.Kind;
        meeting.Title = input.Title.Trim();
        meeting.TitleEn = input.TitleEn?.Trim();
        meeting.Summary = input.Summary?.Trim();
        SetStart(meeting, input.StartsAt, input.StartsAtPrecision, input.StartsAtFromPublication);
        meeting.EndsAt = input.EndsAt?.UtcDateTime;
        meeting.Venue = input.Venue?.Trim();
        meeting.HostOrganizationId = host;
        SetSource(meeting, input.Source, input.SourceUrl);
        Db.MeetingDistricts.RemoveRange(meeting.Districts.Where(d => !districts.Contains(d.DistrictId)));
        foreach (var district in districts.Where(d => !meeting.Districts.Any(x => x.DistrictId == d)))
        {
            meeting.Districts.Add(new MeetingDistrict { DistrictId = district });
        }
    }

    // The start kept at the precision the source gives; a meeting starting later is planned, one without a date was held.
    private void SetStart(Meeting meeting, DateTimeOffset? startsAt, DatePrecision precision, bool fromPublication)
    {
        meeting.StartsAt = startsAt is { } start ? PreciseDate.Truncate(start.UtcDateTime, precision) : null;
        meeting.StartsAtPrecision = precision;
        meeting.StartsAtFromPublication = fromPublication;
        meeting.Status = meeting.StartsAt > Now ? MeetingStatus.Planned : MeetingStatus.Held;
    }

    // sourceUrl is source.url, kept once: source, when given, is the whole source (its url, or else sourceUrl);
    // sourceUrl alone changes only the address (a new source is named after the address's host).
    private static void SetSource(Meeting meeting, SourceInput? input, string? sourceUrl)
    {
        var url = sourceUrl?.Trim();
        if (input is null && url is null)
        {
            meeting.SourceId = null;
            meeting.Source = null;
        }
        else if (input is null)
        {
            meeting.Source ??= new Source { Outlet = new Uri(url!).Host };
            meeting.Source.Url = url;
        }
        else if (meeting.Source is { } source)
        {
            (input with { Url = input.Url ?? url }).CopyTo(source);
        }
        else
        {
            meeting.Source = (input with { Url = input.Url ?? url }).ToSource();
        }
    }

    public async Task<Meeting> CancelAsync(CancelMeetingInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var meeting = await LoadOpenAsync(Db.Meetings, input.Id, cancellationToken);
        ExpectVersion(meeting, input.Version);
        meeting.Status = MeetingStatus.Cancelled;
        await SaveAsync(cancellationToken);
        return meeting;
    }

    public async Task<Meeting> SetAgendaAsync(SetMeetingAgendaInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var meeting = await LoadOpenAsync(Db.Meetings.Include(m => m.AgendaItems), input.MeetingId, cancellationToken);
        ExpectVersion(meeting, input.Version);
        Db.AgendaItems.RemoveRange(meeting.AgendaItems);
        meeting.AgendaItems.Clear();
        foreach (var (item, position) in input.Items.Select((item, i) => (item, i + 1)))
        {
            meeting.AgendaItems.Add(new AgendaItem { Position = position, Title = item.Title.Trim(), Notes = item.Notes?.Trim() });
        }

        await SaveAsync(cancellationToken);
        return meeting;
    }

    public async Task<Meeting> SetAttendeesAsync(SetMeetingAttendeesInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var meeting = await LoadOpenAsync(Db.Meetings.Include(m => m.Attendees), input.MeetingId, cancellationToken);
        var attendees = new List<MeetingAttendee>();
        foreach (var attendee in input.Attendees)
        {
            attendees.Add(new MeetingAttendee
            {
                PersonId = await ReferenceAsync<Person>(attendee.PersonId, cancellationToken),
                OrganizationId = await ReferenceAsync<Organization>(attendee.OrganizationId, cancellationToken),
                Role = attendee.Role,
                Description = attendee.Description?.Trim(),
            });
        }

        ExpectVersion(meeting, input.Version);
        Db.MeetingAttendees.RemoveRange(meeting.Attendees);
        meeting.Attendees.Clear();
        meeting.Attendees.AddRange(attendees);
        await SaveAsync(cancellationToken);
        return meeting;
    }

    // A cancelled meeting is kept as it was cancelled.
    private async Task<Meeting> LoadOpenAsync(IQueryable<Meeting> query, int id, CancellationToken cancellationToken)
    {
        var meeting = await LoadAsync(query, id, cancellationToken);
        return meeting.Status == MeetingStatus.Cancelled
            ? throw new DomainRuleException("The meeting is cancelled; a cancelled meeting does not change.")
            : meeting;
    }

    private async Task<List<int>> DistrictKeysAsync(IReadOnlyList<int>? ids, CancellationToken cancellationToken)
    {
        var keys = new List<int>();
        foreach (var id in ids ?? [])
        {
            keys.Add((await ReferenceAsync<District>(id, cancellationToken))!.Value);
        }

        return keys;
    }
}
