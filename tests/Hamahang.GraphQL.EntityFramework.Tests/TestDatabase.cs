using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.GraphQL.EntityFramework.Tests;

/// <summary>A SQLite file with 1 000 products (seeded once per test class) and the services resolvers use.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"hamahang-data-{Guid.NewGuid():N}.db");

    public TestDatabase()
    {
        var services = new ServiceCollection();
        services.AddGraphQLDbContext<TestDb>(o => o.UseSqlite($"Data Source={_path}").AddInterceptors(Commands));
        Services = services.BuildServiceProvider();
        using var db = Services.GetRequiredService<IDbContextFactory<TestDb>>().CreateDbContext();
        db.Database.EnsureCreated();
        Products = Seed.Products();
        db.Categories.AddRange(Products.Select(p => p.Category!).Distinct());
        db.Products.AddRange(Products);
        foreach (var product in Products)
        {
            db.Entry(product).Property("NameNormalized").CurrentValue = new FoldingNormalizer().Normalize(product.Name);
        }

        db.SaveChanges();
        Commands.Reset();
    }

    public ServiceProvider Services { get; }

    /// <summary>The seeded rows, for computing what a query should return.</summary>
    public IReadOnlyList<Product> Products { get; }

    public CommandCounter Commands { get; } = new();

    public void Dispose()
    {
        Services.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
