using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Hamahang.Api.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Campaigns;

/// <summary>The campaign phases each meeting launched that the caller may read.</summary>
public sealed class MeetingLaunchedCampaignPhasesDataLoader(IDbContextFactory<AppDbContext> contexts, Caller caller)
    : GroupedQueryDataLoader<int, CampaignPhase>(contexts)
{
    protected override object Shape => caller.ReadScope;

    protected override IQueryable<Keyed<int, CampaignPhase>> Query(AppDbContext db, List<int> keys)
    {
        var visible = ReadPolicy.Of<CampaignPhase>(caller);
        return db.CampaignPhases.Where(visible).Where(p => p.LaunchMeetingId != null && keys.Contains(p.LaunchMeetingId.Value)).OrderBy(p => p.Id)
            .Select(p => new Keyed<int, CampaignPhase>(p.LaunchMeetingId!.Value, p));
    }
}
