using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Hamahang.Api.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Decisions;

/// <summary>The people named as answering for each decision that the caller may read.</summary>
public sealed class DecisionOwnerPeopleDataLoader(IDbContextFactory<AppDbContext> contexts, Caller caller) : GroupedQueryDataLoader<int, Person>(contexts)
{
    protected override object Shape => caller.ReadScope;

    protected override IQueryable<Keyed<int, Person>> Query(AppDbContext db, List<int> keys)
    {
        var visible = ReadPolicy.Through((DecisionOwner o) => o.Person!, ReadPolicy.Public<Person>(caller));
        return db.DecisionOwners.Where(visible).Where(o => keys.Contains(o.DecisionId) && o.PersonId != null).OrderBy(o => o.Id)
            .Select(o => new Keyed<int, Person>(o.DecisionId, o.Person!));
    }
}
