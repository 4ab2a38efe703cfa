using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Hamahang.Api.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Decisions;

/// <summary>The organizations responsible for each decision that the caller may read.</summary>
public sealed class DecisionOwnersDataLoader(IDbContextFactory<AppDbContext> contexts, Caller caller) : GroupedQueryDataLoader<int, Organization>(contexts)
{
    protected override object Shape => caller.ReadScope;

    protected override IQueryable<Keyed<int, Organization>> Query(AppDbContext db, List<int> keys)
    {
        var visible = ReadPolicy.Through((DecisionOwner o) => o.Organization!, ReadPolicy.Public<Organization>(caller));
        return db.DecisionOwners.Where(visible).Where(o => keys.Contains(o.DecisionId)).OrderBy(o => o.Id)
            .Select(o => new Keyed<int, Organization>(o.DecisionId, o.Organization!));
    }
}
