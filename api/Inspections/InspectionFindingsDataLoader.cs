using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Hamahang.Api.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Inspections;

/// <summary>Each inspection's findings the caller may read.</summary>
public sealed class InspectionFindingsDataLoader(IDbContextFactory<AppDbContext> contexts, Caller caller) : GroupedQueryDataLoader<int, Finding>(contexts)
{
    protected override object Shape => caller.ReadScope;

    protected override IQueryable<Keyed<int, Finding>> Query(AppDbContext db, List<int> keys)
    {
        var visible = ReadPolicy.Findings(caller);
        return db.Findings.Where(visible).Where(f => keys.Contains(f.InspectionId)).OrderBy(f => f.Id)
            .Select(f => new Keyed<int, Finding>(f.InspectionId, f));
    }
}
