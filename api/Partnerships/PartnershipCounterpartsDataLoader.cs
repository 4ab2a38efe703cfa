using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Hamahang.Api.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Partnerships;

/// <summary>Each partnership's counterpart departments the caller may read.</summary>
public sealed class PartnershipCounterpartsDataLoader(IDbContextFactory<AppDbContext> contexts, Caller caller)
    : GroupedQueryDataLoader<int, PartnershipCounterpart>(contexts)
{
    protected override object Shape => caller.ReadScope;

    protected override IQueryable<Keyed<int, PartnershipCounterpart>> Query(AppDbContext db, List<int> keys)
    {
        var visible = ReadPolicy.Of<PartnershipCounterpart>(caller);
        return db.PartnershipCounterparts.Where(visible).Where(c => keys.Contains(c.PartnershipId)).OrderBy(c => c.Id)
            .Select(c => new Keyed<int, PartnershipCounterpart>(c.PartnershipId, c));
    }
}
