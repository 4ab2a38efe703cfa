using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Meetings;

// What else the sources report of a meeting: the sites visited after it, and its tags.
public sealed partial class MeetingCommands
{
    public async Task<Meeting> SetSiteVisitsAsync(SetMeetingSiteVisitsInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var meeting = await LoadOpenAsync(Db.Meetings.Include(m => m.SiteVisits).ThenInclude(v => v.Photos), input.MeetingId, cancellationToken);
        var sites = new List<int>();
        foreach (var visit in input.Visits)
        {
            sites.Add((await ReferenceAsync<Site>(visit.SiteId, cancellationToken))!.Value);
        }

        ExpectVersion(meeting, input.Version);
        Db.SiteVisits.RemoveRange(meeting.SiteVisits);
        meeting.SiteVisits.Clear();
        foreach (var (visit, i) in input.Visits.Select((visit, i) => (visit, i)))
        {
            var record = new SiteVisit { Position = i + 1, SiteId = sites[i], Notes = visit.Notes?.Trim() };
            foreach (var (caption, j) in (visit.PhotoCaptions ?? []).Select((caption, j) => (caption, j)))
            {
                record.Photos.Add(new SiteVisitPhoto { Position = j + 1, Caption = caption.Trim() });
            }

            meeting.SiteVisits.Add(record);
        }

        await SaveAsync(cancellationToken);
        return meeting;
    }

    public async Task<Meeting> SetTagsAsync(SetMeetingTagsInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var meeting = await LoadOpenAsync(Db.Meetings.Include(m => m.Tags), input.MeetingId, cancellationToken);
        ExpectVersion(meeting, input.Version);
        // A hashtag is written with or without its «#»; it is kept without.
        var tags = input.Tags.Select(t => t.Trim().TrimStart('#')).ToList();
        Db.MeetingTags.RemoveRange(meeting.Tags.Where(t => !tags.Contains(t.Name)));
        foreach (var tag in tags.Where(t => !meeting.Tags.Any(x => x.Name == t)))
        {
            meeting.Tags.Add(new MeetingTag { Name = tag });
        }

        await SaveAsync(cancellationToken);
        return meeting;
    }
}
