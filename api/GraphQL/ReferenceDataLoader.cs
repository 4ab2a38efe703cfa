using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.GraphQL.EntityFramework;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.GraphQL;

/// <summary>The <typeparamref name="T"/> rows by id that the caller may read (<see cref="ReadPolicy.Of{T}"/>): what a [Reference] navigation loads.</summary>
public sealed class ReferenceDataLoader<T>(IDbContextFactory<AppDbContext> contexts, Caller caller)
    : DbSetBatchDataLoader<AppDbContext, T, int>(contexts, e => e.Id)
    where T : Entity
{
    protected override object Shape => caller.ReadScope;

    protected override IQueryable<T> Source(AppDbContext db) => db.Set<T>().Where(ReadPolicy.Of<T>(caller));
}
