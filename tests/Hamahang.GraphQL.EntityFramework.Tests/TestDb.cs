using Microsoft.EntityFrameworkCore;

namespace Hamahang.GraphQL.EntityFramework.Tests;

public sealed class TestDb(DbContextOptions<TestDb> options) : DbContext(options)
{
    public DbSet<Product> Products => Set<Product>();

    public DbSet<Category> Categories => Set<Category>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Product>().Property<string>("NameNormalized");
        modelBuilder.Entity<Product>().HasIndex(p => new { p.Quantity, p.Id });
    }
}
