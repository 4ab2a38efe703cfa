using Hamahang.Api.Commands;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.Api.Meetings;
using Hamahang.Api.Text;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Campaigns;

/// <summary>Records campaigns, their phases and their service points: editors and administrators.</summary>
public sealed class CampaignCommands(AppDbContext db, Caller caller, IServiceProvider services) : CommandService(db, caller, services)
{
    public async Task<Campaign> RecordAsync(RecordCampaignInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var campaign = new Campaign { Name = "" };
        await ApplyAsync(campaign, input, cancellationToken);
        Db.Campaigns.Add(campaign);
        await SaveAsync(cancellationToken);
        return campaign;
    }

    public async Task<Campaign> UpdateAsync(UpdateCampaignInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var campaign = await LoadAsync(Db.Campaigns.Include(c => c.Source), input.Id, cancellationToken);
        await ApplyAsync(campaign, input, cancellationToken);
        ExpectVersion(campaign, input.Version);
        await SaveAsync(cancellationToken);
        return campaign;
    }

    // What recording and updating both set. The campaign's source is its own, so it is edited in place.
    private async Task ApplyAsync(Campaign campaign, CampaignDetailsInput input, CancellationToken cancellationToken)
    {
        campaign.OrganizationId = await ReferenceAsync<Organization>(input.OrganizationId, cancellationToken);
        campaign.Name = input.Name.Trim();
        campaign.NameEn = input.NameEn?.Trim();
        campaign.Description = input.Description?.Trim();
        if (input.Source is null)
        {
            (campaign.SourceId, campaign.Source) = (null, null);
        }
        else if (campaign.Source is { } source)
        {
            input.Source.CopyTo(source);
        }
        else
        {
            campaign.Source = input.Source.ToSource();
        }
    }

    public async Task<Campaign> SetPhasesAsync(SetCampaignPhasesInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        // A phase that goes takes its service points and places with it, each audited.
        var campaign = await LoadAsync(Db.Campaigns.Include(c => c.Phases).ThenInclude(p => p.ServicePoints).ThenInclude(s => s.Sites), input.Id,
            cancellationToken);
        var meetings = new List<int?>();
        foreach (var phase in input.Phases)
        {
            meetings.Add(await ReferenceAsync<Meeting>(phase.LaunchMeetingId, cancellationToken));
        }

        ExpectVersion(campaign, input.Version);
        // Phases kept (by number) are edited in place and keep their service points; the others go.
        var numbers = input.Phases.Select(p => p.Number).ToHashSet();
        foreach (var gone in campaign.Phases.Where(p => !numbers.Contains(p.Number)).ToList())
        {
            campaign.Phases.Remove(gone);
            Db.Remove(gone);
        }

        for (var i = 0; i < input.Phases.Count; i++)
        {
            var given = input.Phases[i];
            var phase = campaign.Phases.FirstOrDefault(p => p.Number == given.Number);
            if (phase is null)
            {
                phase = new CampaignPhase { Number = given.Number };
                campaign.Phases.Add(phase);
            }

            phase.Description = given.Description?.Trim();
            (phase.StartsAt, phase.StartsAtPrecision) = (At(given.StartsAt, given.StartsAtPrecision), given.StartsAtPrecision);
            (phase.EndsAt, phase.EndsAtPrecision) = (At(given.EndsAt, given.EndsAtPrecision), given.EndsAtPrecision);
            phase.LaunchMeetingId = meetings[i];
        }

        await SaveAsync(cancellationToken);
        return campaign;
    }

    public async Task<CampaignPhase> SetServicePointsAsync(SetPhaseServicePointsInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var phase = await LoadAsync(Db.CampaignPhases.Include(p => p.ServicePoints).ThenInclude(s => s.Sites), input.PhaseId, cancellationToken);
        var sites = new List<List<int>>();
        foreach (var point in input.ServicePoints)
        {
            var keys = new List<int>();
            foreach (var site in point.SiteIds ?? [])
            {
                keys.Add((await ReferenceAsync<Site>(site, cancellationToken))!.Value);
            }

            sites.Add(keys);
        }

        ExpectVersion(phase, input.Version);
        // Kinds kept are edited in place; their places kept stay, the others go and the new ones come.
        var kinds = input.ServicePoints.Select(p => p.Kind).ToHashSet();
        foreach (var gone in phase.ServicePoints.Where(p => !kinds.Contains(p.Kind)).ToList())
        {
            phase.ServicePoints.Remove(gone);
            Db.Remove(gone);
        }

        for (var i = 0; i < input.ServicePoints.Count; i++)
        {
            var given = input.ServicePoints[i];
            var point = phase.ServicePoints.FirstOrDefault(p => p.Kind == given.Kind);
            if (point is null)
            {
                point = new CampaignServicePoint { Kind = given.Kind };
                phase.ServicePoints.Add(point);
            }

            point.Count = given.Count;
            point.Notes = given.Notes?.Trim();
            foreach (var gone in point.Sites.Where(s => !sites[i].Contains(s.SiteId)).ToList())
            {
                point.Sites.Remove(gone);
                Db.Remove(gone);
            }

            point.Sites.AddRange(sites[i].Where(s => !point.Sites.Any(x => x.SiteId == s)).Select(s => new CampaignServicePointSite { SiteId = s }));
        }

        await SaveAsync(cancellationToken);
        return phase;
    }

    // A date kept at the precision the source gives: the first moment of its day, month or year in Tehran.
    private static DateTime? At(DateTimeOffset? instant, DatePrecision precision) =>
        instant is { } value ? PreciseDate.Truncate(value.UtcDateTime, precision) : null;
}
