using System.Globalization;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Campaigns;

/// <summary>
/// Each campaign's phases in order; <see cref="Numbered"/> is the branch for one phase number («مرحله دوم»: 2), with a batch of
/// its own, as GreenDonut branches a loader by its arguments.
/// </summary>
public sealed class CampaignPhasesDataLoader : GroupedQueryDataLoader<int, CampaignPhase>
{
    private readonly IDbContextFactory<AppDbContext> _contexts;
    private readonly int? _number;

    public CampaignPhasesDataLoader(IDbContextFactory<AppDbContext> contexts)
        : this(contexts, null)
    {
    }

    private CampaignPhasesDataLoader(IDbContextFactory<AppDbContext> contexts, int? number)
        : base(contexts)
    {
        _contexts = contexts;
        _number = number;
    }

    protected override object? Shape => _number;

    /// <summary>The loader of the phases numbered <paramref name="wanted"/> (this one, every phase, when null).</summary>
    public CampaignPhasesDataLoader Numbered(int? wanted) =>
        wanted is { } n ? Branch(n.ToString(CultureInfo.InvariantCulture), _ => new CampaignPhasesDataLoader(_contexts, n)) : this;

    protected override IQueryable<Keyed<int, CampaignPhase>> Query(AppDbContext db, List<int> keys)
    {
        var number = _number;
        return db.CampaignPhases.Where(p => keys.Contains(p.CampaignId) && (number == null || p.Number == number)).OrderBy(p => p.Number)
            .Select(p => new Keyed<int, CampaignPhase>(p.CampaignId, p));
    }
}
