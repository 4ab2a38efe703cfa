using System.Linq.Expressions;
using Hamahang.GraphQL.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.GraphQL.EntityFramework.Tests;

/// <summary>
/// A list query and a count are compiled once per shape (the tree without the closure values it reads) and run with each
/// query's own values; constants and the pattern in which values are read are part of the shape; a query whose closure
/// holds another query runs as LINQ. Every answer is checked against the seeded rows.
/// </summary>
public sealed class CompiledShapesTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task OneShapeServesEveryValueWithItsOwnRowsCompiled()
    {
        var before = CompiledShapes.Hits;
        foreach (var minimum in new[] { 0, 50, 0, 75 })
        {
            await using var db = await Context();
            var rows = await CompiledShapes.ToListAsync(db.Products.AsNoTracking().Where(p => p.Quantity >= minimum).OrderBy(p => p.Id).Take(7),
                CancellationToken.None);

            Assert.Equal(database.Products.Where(p => p.Quantity >= minimum).OrderBy(p => p.Id).Take(7).Select(p => p.Id), rows.Select(p => p.Id));
        }

        Assert.True(CompiledShapes.Hits - before >= 3, $"{CompiledShapes.Hits - before} compiled runs");
    }

    [Fact]
    public async Task ACountIsCompiledPerShapeAndCountsEachValuesRows()
    {
        var before = CompiledShapes.Hits;
        foreach (var minimum in new[] { 0, 50, 0, 75 })
        {
            await using var db = await Context();
            var count = await CompiledShapes.CountAsync(db.Products.AsNoTracking().Where(p => p.Quantity >= minimum), CancellationToken.None);

            Assert.Equal(database.Products.Count(p => p.Quantity >= minimum), count);
        }

        Assert.True(CompiledShapes.Hits - before >= 3, $"{CompiledShapes.Hits - before} compiled runs");
    }

    [Fact]
    public async Task ConstantsArePartOfTheShape()
    {
        foreach (var take in new[] { 3, 4, 3 })
        {
            await using var db = await Context();
            var ordered = db.Products.AsNoTracking().OrderBy(p => p.Id);
            var query = ordered.Provider.CreateQuery<Product>(
                Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(Product)], ordered.Expression, Expression.Constant(take)));

            Assert.Equal(take, (await CompiledShapes.ToListAsync(query, CancellationToken.None)).Count);
        }
    }

    // One value read twice, then two values in the same places: the second query must not reuse the first's one parameter.
    [Fact]
    public async Task ThePatternOfReadsIsPartOfTheShape()
    {
        var low = 40;
        var high = 40;
        await using (var db = await Context())
        {
            var once = await CompiledShapes.ToListAsync(db.Products.AsNoTracking().Where(p => p.Quantity >= low && p.Quantity <= low), CancellationToken.None);
            Assert.Equal(database.Products.Count(p => p.Quantity == 40), once.Count);
        }

        low = 10;
        high = 60;
        await using (var db = await Context())
        {
            var both = await CompiledShapes.ToListAsync(db.Products.AsNoTracking().Where(p => p.Quantity >= low && p.Quantity <= high), CancellationToken.None);
            Assert.Equal(database.Products.Count(p => p.Quantity >= 10 && p.Quantity <= 60), both.Count);
        }
    }

    [Fact]
    public async Task AClosureHoldingAQueryRunsAsLinqAndAnswersAlike()
    {
        await using var db = await Context();
        var cheap = db.Categories.Where(c => c.Name.StartsWith('C')).Select(c => c.Id);
        var query = db.Products.AsNoTracking().Where(p => cheap.Contains(p.CategoryId)).OrderBy(p => p.Id);

        Assert.Null(QueryShape.Read(query.Expression, CompiledShapes.Rules));
        var categories = database.Products.Select(p => p.Category!).Where(c => c.Name.StartsWith('C')).Select(c => c.Id).ToHashSet();
        Assert.Equal(database.Products.Where(p => categories.Contains(p.CategoryId)).Select(p => p.Id),
            (await CompiledShapes.ToListAsync(query, CancellationToken.None)).Select(p => p.Id));
    }

    [Fact]
    public void ShapesAreEqualForOtherValuesAndDifferForOtherMembersConstantsOrStaticReads()
    {
        Expression<Func<Product, bool>> Over(int value) => p => p.Quantity > value;
        Expression<Func<Product, bool>> OverRank(int value) => p => p.Rank > value;
        var a = QueryShape.Read(Over(1), CompiledShapes.Rules)!;
        var b = QueryShape.Read(Over(2), CompiledShapes.Rules)!;

        Assert.True(QueryShape.Comparer.Equals(a, b));
        Assert.Equal(QueryShape.Comparer.GetHashCode(a), QueryShape.Comparer.GetHashCode(b));
        Assert.Equal([1], a.Values);
        Assert.Equal([2], b.Values);
        Assert.False(QueryShape.Comparer.Equals(a, QueryShape.Read(OverRank(1), CompiledShapes.Rules)!));
        Assert.False(QueryShape.Comparer.Equals(QueryShape.Read((Expression<Func<Product, bool>>)(p => p.Quantity > 1), CompiledShapes.Rules)!,
            QueryShape.Read((Expression<Func<Product, bool>>)(p => p.Quantity > 2), CompiledShapes.Rules)!));
        Assert.Null(QueryShape.Read((Expression<Func<Product, bool>>)(p => p.CreatedAt < DateTime.UtcNow), CompiledShapes.Rules));
    }

    [Fact]
    public async Task ARootPageFilteredByTheRequestAnswersEachRequestCompiled()
    {
        var before = CompiledShapes.Hits;
        foreach (var minimum in new[] { 10, 90, 10 })
        {
            var connection = (Connection)(await DataHarness.Resolve(database,
                $"{{ products(first: 5, where: {{ quantity: {{ gte: {minimum} }} }}, order: [{{ quantity: ASC }}]) {{ nodes {{ id quantity }} }} }}"))!;

            Assert.Equal(database.Products.Where(p => p.Quantity >= minimum).OrderBy(p => p.Quantity).ThenBy(p => p.Id).Take(5).Select(p => p.Id),
                connection.Nodes.Cast<Product>().Select(p => p.Id));
        }

        Assert.True(CompiledShapes.Hits - before >= 2, $"{CompiledShapes.Hits - before} compiled runs");
    }

    private Task<TestDb> Context() => database.Services.GetRequiredService<IDbContextFactory<TestDb>>().CreateDbContextAsync();
}
