using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.EntityFramework.Tests;

[QueryType]
public static class TestQueries
{
    [UsePaging]
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
    public static Schema Schema { get; } = SchemaBuilder.New().AddType(typeof(TestQueries)).AddType(typeof(NodeQueries)).Create();
}
