using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Meetings;

/// <summary>The address of each source, by the source's id.</summary>
public sealed class SourceUrlDataLoader(IDbContextFactory<AppDbContext> contexts) : BatchQueryDataLoader<int, string?>(contexts)
{
    protected override IQueryable<Keyed<int, string?>> Query(AppDbContext db, List<int> keys) =>
        db.Sources.Where(s => keys.Contains(s.Id)).Select(s => new Keyed<int, string?>(s.Id, s.Url));
}
