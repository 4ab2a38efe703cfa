using Hamahang.Api.Commands;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;
using MinutesRecord = Hamahang.Api.Domain.Minutes;

namespace Hamahang.Api.Meetings;

/// <summary>
/// Minutes go Draft → Approved → Published; published minutes never change (DomainRules refuses any save that
/// would change them) and are corrected by a new revision that amends them. Editors and administrators.
/// </summary>
public sealed class MinutesCommands(AppDbContext db, Caller caller, IServiceProvider services) : CommandService(db, caller, services)
{
    public async Task<MinutesRecord> WriteAsync(WriteMinutesInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var meeting = await LoadAsync(Db.Meetings.Include(m => m.Minutes), input.MeetingId, cancellationToken);
        if (meeting.Minutes.Count > 0)
        {
            throw new DomainRuleException("The meeting has minutes already; edit their draft, or amend them once published.");
        }

        var minutes = new MinutesRecord { MeetingId = meeting.Id, Revision = 1, Status = MinutesStatus.Draft };
        AddSections(minutes, input.Sections);
        Db.Minutes.Add(minutes);
        await SaveAsync(cancellationToken);
        return minutes;
    }

    public async Task<MinutesRecord> UpdateAsync(UpdateMinutesInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var minutes = await LoadAtAsync(input, Db.Minutes.Include(m => m.Sections), input.Id, MinutesStatus.Draft, "edited", input.Version, cancellationToken);
        Db.MinutesSections.RemoveRange(minutes.Sections);
        minutes.Sections.Clear();
        AddSections(minutes, input.Sections);
        await SaveAsync(cancellationToken);
        return minutes;
    }

    public async Task<MinutesRecord> ApproveAsync(ApproveMinutesInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var minutes = await LoadAtAsync(input, Db.Minutes, input.Id, MinutesStatus.Draft, "approved", input.Version, cancellationToken);
        minutes.Status = MinutesStatus.Approved;
        minutes.ApprovedAt = Now;
        await SaveAsync(cancellationToken);
        return minutes;
    }

    public async Task<MinutesRecord> PublishAsync(PublishMinutesInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var minutes = await LoadAtAsync(input, Db.Minutes, input.Id, MinutesStatus.Approved, "published", input.Version, cancellationToken);
        minutes.Status = MinutesStatus.Published;
        minutes.PublishedAt = Now;
        await SaveAndRaiseAsync(() => (MinutesEvents.PublishedTopic, new MinutesPublishedEvent(minutes.Id, minutes.MeetingId)), cancellationToken);
        return minutes;
    }

    public async Task<MinutesRecord> AmendAsync(AmendMinutesInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var published = await LoadAtAsync(input, Db.Minutes, input.Id, MinutesStatus.Published, "amended", version: null, cancellationToken);
        var revisions = await Db.Minutes.Where(m => m.MeetingId == published.MeetingId).Select(m => new { m.Revision, m.Status })
            .ToListAsync(cancellationToken);
        if (revisions.Any(r => r.Status != MinutesStatus.Published))
        {
            throw new DomainRuleException("An amendment of these minutes is in progress; edit, approve and publish it.");
        }

        if (revisions.Max(r => r.Revision) != published.Revision)
        {
            throw new DomainRuleException("A later revision amends these minutes; amend the latest revision.");
        }

        var amendment = new MinutesRecord { MeetingId = published.MeetingId, Revision = published.Revision + 1, Status = MinutesStatus.Draft,
            AmendsId = published.Id };
        AddSections(amendment, input.Sections);
        Db.Minutes.Add(amendment);
        await SaveAsync(cancellationToken);
        return amendment;
    }

    // The steps after writing: the editor's validated input names minutes at the status the step needs
    // (and, for a change, at the version the client saw).
    private async Task<MinutesRecord> LoadAtAsync<TInput>(TInput input, IQueryable<MinutesRecord> query, int id, MinutesStatus status, string done,
        long? version, CancellationToken cancellationToken)
    {
        await ValidateAsync(input, cancellationToken);
        var minutes = await LoadAsync(query, id, cancellationToken);
        RequireStatus(minutes, status, done);
        if (version is { } seen)
        {
            ExpectVersion(minutes, seen);
        }

        return minutes;
    }

    private static void AddSections(MinutesRecord minutes, IReadOnlyList<MinutesSectionInput> sections)
    {
        foreach (var (section, position) in sections.Select((s, i) => (s, i + 1)))
        {
            minutes.Sections.Add(new MinutesSection { Position = position, Kind = section.Kind, Heading = section.Heading.Trim(), Body = section.Body.Trim() });
        }
    }

    private static void RequireStatus(MinutesRecord minutes, MinutesStatus status, string done)
    {
        if (minutes.Status != status)
        {
            throw new DomainRuleException(minutes.Status == MinutesStatus.Published
                ? $"Published minutes never change; they cannot be {done}. Amend them with a new revision."
                : $"Only {status} minutes can be {done}; these are {minutes.Status}.");
        }
    }
}
