using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Inspections;

/// <summary>The people who inspect, for each inspection.</summary>
public sealed class InspectionInspectorsDataLoader(IDbContextFactory<AppDbContext> contexts) : GroupedQueryDataLoader<int, Person>(contexts)
{
    protected override IQueryable<Keyed<int, Person>> Query(AppDbContext db, List<int> keys) =>
        db.InspectionInspectors.Where(i => keys.Contains(i.InspectionId)).OrderBy(i => i.Id)
            .Select(i => new Keyed<int, Person>(i.InspectionId, i.Person!));
}
