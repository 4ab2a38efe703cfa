using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.GraphQL.EntityFramework.Tests;

/// <summary>
/// A batch query is compiled once per shape and bound to each batch's keys; the values it captures besides the keys are
/// its shape's, so two shapes keep two queries; a query that does not read its keys runs as LINQ.
/// </summary>
public sealed class CompiledBatchQueriesTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task OneShapeServesEveryBatchWithItsOwnKeys()
    {
        var shape = new object();
        var first = await Names(shape, [1, 2, 3], minimum: 0);
        var second = await Names(shape, [4, 5], minimum: 0);

        Assert.Equal(Expected([1, 2, 3], 0), first);
        Assert.Equal(Expected([4, 5], 0), second);
    }

    [Fact]
    public async Task EachShapeKeepsTheValuesItsQueryCaptured()
    {
        var keys = database.Products.Take(200).Select(p => p.Id).ToList();
        var all = await Names("quantity at least 0", keys, minimum: 0);
        var some = await Names("quantity at least 50", keys, minimum: 50);
        // The first shape's query, asked again with another captured value, answers as it was compiled.
        var again = await Names("quantity at least 0", keys, minimum: 50);

        Assert.Equal(Expected(keys, 0), all);
        Assert.Equal(Expected(keys, 50), some);
        Assert.NotEqual(all, some);
        Assert.Equal(all, again);
    }

    [Fact]
    public async Task AQueryThatDoesNotReadItsKeysRunsAsLinqEveryTime()
    {
        var shape = new object();
        await using var db = await Context();
        var rows = await CompiledBatchQueries.ToListAsync(db, shape, [1], (context, _) => context.Products.AsNoTracking().Where(p => p.Id == 2),
            CancellationToken.None);
        var other = await CompiledBatchQueries.ToListAsync(db, shape, [1], (context, _) => context.Products.AsNoTracking().Where(p => p.Id == 3),
            CancellationToken.None);

        Assert.Equal(2, Assert.Single(rows).Id);
        Assert.Equal(3, Assert.Single(other).Id);
    }

    [Fact]
    public void AShapeIsTheLoadersTypeWithItsValues()
    {
        Assert.Equal(typeof(string), CompiledBatchQueries.ShapeOf("loader", null));
        Assert.Equal(CompiledBatchQueries.ShapeOf("loader", 7), CompiledBatchQueries.ShapeOf("other", 7));
        Assert.NotEqual(CompiledBatchQueries.ShapeOf("loader", 7), CompiledBatchQueries.ShapeOf("loader", 8));
        Assert.NotEqual(CompiledBatchQueries.ShapeOf("loader", 7), CompiledBatchQueries.ShapeOf(1, 7));
    }

    private async Task<List<string>> Names(object shape, List<int> keys, int minimum)
    {
        await using var db = await Context();
        var rows = await CompiledBatchQueries.ToListAsync(db, shape, keys,
            (context, batch) => context.Products.AsNoTracking().Where(p => batch.Contains(p.Id) && p.Quantity >= minimum).OrderBy(p => p.Id),
            CancellationToken.None);
        return [.. rows.Select(p => p.Name)];
    }

    private List<string> Expected(List<int> keys, int minimum) =>
        [.. database.Products.Where(p => keys.Contains(p.Id) && p.Quantity >= minimum).OrderBy(p => p.Id).Select(p => p.Name)];

    private Task<TestDb> Context() => database.Services.GetRequiredService<IDbContextFactory<TestDb>>().CreateDbContextAsync();
}
