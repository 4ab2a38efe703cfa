namespace Hamahang.GraphQL.EntityFramework.Tests;

/// <summary>1 000 products with repeated values (so sorts have ties), nulls, 7 categories, parts and reviews.</summary>
public static class Seed
{
    private static readonly string[] Words = ["Blue", "red", "Green", "amber", "Violet", "teal", "Gray"];

    public static List<Product> Products()
    {
        var random = new Random(42);
        var categories = Enumerable.Range(1, 7).Select(i => new Category { Id = i, Name = "Category " + Words[i - 1] }).ToList();
        var products = new List<Product>();
        var partId = 1;
        var reviewId = 1;
        for (var i = 1; i <= 1000; i++)
        {
            var product = new Product
            {
                Id = i,
                Name = $"{Words[random.Next(Words.Length)]} widget {random.Next(40)}",
                Note = random.Next(4) == 0 ? null : $"note {random.Next(100)}",
                Quantity = random.Next(100),
                Rank = random.Next(3) == 0 ? null : random.Next(20),
                Views = random.NextInt64(5_000_000_000L),
                Rating = Math.Round(random.NextDouble() * 5, 2),
                Price = Math.Round((decimal)random.NextDouble() * 1000m, 2),
                CreatedAt = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(random.Next(500_000)),
                ReleasedOn = new DateOnly(2020, 1, 1).AddDays(random.Next(2000)),
                Key = new Guid(i, 0, 0, new byte[8]),
                Code = $"C-{i:D4}",
                Active = random.Next(2) == 0,
                Status = (Status)random.Next(3),
                Category = categories[random.Next(categories.Count)],
            };
            product.CategoryId = product.Category.Id;
            for (var p = random.Next(4); p > 0; p--)
            {
                product.Parts.Add(new Part { Id = partId++, ProductId = i, Label = "part " + Words[random.Next(Words.Length)], Weight = random.Next(50) });
            }

            for (var r = random.Next(3); r > 0; r--)
            {
                product.Reviews.Add(new Review { ReviewId = reviewId++, ProductId = i, Stars = 1 + random.Next(5), Text = "review " + r });
            }

            products.Add(product);
        }

        return products;
    }
}
