using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Hamahang.Api.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Partnerships;

/// <summary>The partnerships of each organization the caller may read, as the supporting side or as the supported one.</summary>
public sealed class OrganizationPartnershipsDataLoader(IDbContextFactory<AppDbContext> contexts, Caller caller)
    : GroupedQueryDataLoader<int, Partnership>(contexts)
{
    protected override object Shape => caller.ReadScope;

    protected override IQueryable<Keyed<int, Partnership>> Query(AppDbContext db, List<int> keys)
    {
        var visible = ReadPolicy.Of<Partnership>(caller);
        // One row per side the organization is on; the pairs (key, id) are a UNION ALL, joined back to the partnerships.
        return db.Partnerships.Where(visible).Where(p => keys.Contains(p.OrganizationId)).Select(p => new { Key = p.OrganizationId, p.Id })
            .Concat(db.Partnerships.Where(visible).Where(p => p.SupportedOrganizationId != null && keys.Contains(p.SupportedOrganizationId.Value))
                .Select(p => new { Key = p.SupportedOrganizationId!.Value, p.Id }))
            .Join(db.Partnerships, k => k.Id, p => p.Id, (k, p) => new Keyed<int, Partnership>(k.Key, p));
    }
}
