using System.ComponentModel.DataAnnotations;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.EntityFramework.Tests;

public enum Status
{
    Draft,
    Active,
    Retired,
}

public sealed class Product
{
    [NodeId]
    public int Id { get; set; }

    [NormalizedSearch("NameNormalized", typeof(FoldingNormalizer))]
    public string Name { get; set; } = string.Empty;

    public string? Note { get; set; }

    public int Quantity { get; set; }

    public int? Rank { get; set; }

    public long Views { get; set; }

    public double Rating { get; set; }

    public decimal Price { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateOnly ReleasedOn { get; set; }

    public Guid Key { get; set; }

    [ID]
    public string Code { get; set; } = string.Empty;

    public bool Active { get; set; }

    public Status Status { get; set; }

    [IsProjected]
    public int CategoryId { get; set; }

    public Category? Category { get; set; }

    [UseFiltering]
    [UseSorting]
    public List<Part> Parts { get; set; } = [];

    public List<Review> Reviews { get; set; } = [];

    [ProjectionRequires(nameof(Quantity), nameof(Price))]
    public decimal Stock() => Quantity * Price;
}

public sealed class Category
{
    [NodeId]
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;
}

public sealed class Part
{
    public int Id { get; set; }

    public int ProductId { get; set; }

    public string Label { get; set; } = string.Empty;

    public int Weight { get; set; }
}

public sealed class Review
{
    [Key]
    public int ReviewId { get; set; }

    public int ProductId { get; set; }

    public int Stars { get; set; }

    public string Text { get; set; } = string.Empty;
}

/// <summary>A stand-in for the api's Persian normaliser: folds case and drops spaces.</summary>
public sealed class FoldingNormalizer : IStringNormalizer
{
    public string Description => "Matched against the folded text: case and spaces are ignored.";

    public string Normalize(string value) => value.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
