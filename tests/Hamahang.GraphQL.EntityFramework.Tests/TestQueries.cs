using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.GraphQL.EntityFramework.Tests;

[QueryType]
public static class TestQueries
{
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static IQueryable<Product> GetProducts([Service] TestDb db) => db.Products;

    [UseOffsetPaging]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static IQueryable<Product> GetProductSegments([Service] TestDb db) => db.Products;

    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static IQueryable<Category> GetCategories([Service] TestDb db) => db.Categories;
}

public static class TestSchema
{
    public static Schema Schema { get; } = SchemaBuilder.New()
        .AddType(typeof(TestQueries))
        .AddType(typeof(NodeQueries))
        .AddType(typeof(CategoryExtensions))
        .AddType(typeof(ProductExtensions))
        .Create();
}

[ExtendObjectType(typeof(Category))]
public static class CategoryExtensions
{
    public static Task<Product[]> GetProducts([Parent] Category category, ProductsByCategoryDataLoader products) =>
        products.LoadAsync(category.Id);

    [UsePaging(IncludeTotalCount = true)]
    [UseFiltering]
    [UseSorting]
    public static Task<Page<Product>?> GetPagedProducts([Parent] Category category, IResolverContext context) =>
        context.PagesBy<TestDb, Product, int>("Category.pagedProducts", db => db.Products, p => p.CategoryId).LoadAsync(category.Id);
}

[ExtendObjectType(typeof(Product))]
public static class ProductExtensions
{
    [Hamahang.GraphQL.Data.ProjectionRequires(nameof(Product.CategoryId))]
    public static Task<Category?> GetCategoryByLoader([Parent] Product product, CategoryByIdDataLoader categories) =>
        categories.LoadAsync(product.CategoryId);
}

public sealed class ProductsByCategoryDataLoader(IDbContextFactory<TestDb> db) : DbSetGroupedDataLoader<TestDb, Product, int>(db, p => p.CategoryId);

public sealed class CategoryByIdDataLoader(IDbContextFactory<TestDb> db) : DbSetBatchDataLoader<TestDb, Category, int>(db, c => c.Id);
