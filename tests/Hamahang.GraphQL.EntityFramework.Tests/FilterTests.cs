using Hamahang.GraphQL.Data;

namespace Hamahang.GraphQL.EntityFramework.Tests;

public class FilterTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly DateTime June = new(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly NewYear2022 = new(2022, 1, 1);
    private static readonly Guid Key7 = new(7, 0, 0, new byte[8]);
    private static readonly Guid Key9 = new(9, 0, 0, new byte[8]);

    /// <summary>Every operation on every type, with the rows each should keep (negations keep nulls).</summary>
    private static readonly Dictionary<string, Func<Product, bool>> Cases = new()
    {
        ["note: { eq: \"note 5\" }"] = p => p.Note == "note 5",
        ["note: { eq: null }"] = p => p.Note == null,
        ["note: { neq: \"note 5\" }"] = p => p.Note != "note 5",
        ["note: { neq: null }"] = p => p.Note != null,
        ["note: { contains: \"5\" }"] = p => p.Note != null && p.Note.Contains('5', StringComparison.Ordinal),
        ["note: { ncontains: \"5\" }"] = p => p.Note == null || !p.Note.Contains('5', StringComparison.Ordinal),
        ["note: { in: [\"note 1\", \"note 2\", null] }"] = p => p.Note is "note 1" or "note 2" or null,
        ["note: { nin: [\"note 1\", \"note 2\"] }"] = p => p.Note is not ("note 1" or "note 2"),
        ["note: { startsWith: \"note 1\" }"] = p => p.Note?.StartsWith("note 1", StringComparison.Ordinal) == true,
        ["note: { nstartsWith: \"note 1\" }"] = p => p.Note?.StartsWith("note 1", StringComparison.Ordinal) != true,
        ["note: { endsWith: \"7\" }"] = p => p.Note?.EndsWith('7') == true,
        ["note: { nendsWith: \"7\" }"] = p => p.Note?.EndsWith('7') != true,
        ["note: { or: [{ eq: \"note 1\" }, { endsWith: \"9\" }] }"] = p => p.Note == "note 1" || p.Note?.EndsWith('9') == true,
        ["note: { and: [{ startsWith: \"note 1\" }, { endsWith: \"9\" }] }"] =
            p => p.Note?.StartsWith("note 1", StringComparison.Ordinal) == true && p.Note.EndsWith('9'),
        ["name: { contains: \"bluewidget1\" }"] = p => Fold(p.Name).Contains("BLUEWIDGET1", StringComparison.Ordinal),
        ["name: { eq: \"RED  widget 3\" }"] = p => Fold(p.Name) == "REDWIDGET3",
        ["quantity: { eq: 50 }"] = p => p.Quantity == 50,
        ["quantity: { neq: 50 }"] = p => p.Quantity != 50,
        ["quantity: { in: [1, 2, 3] }"] = p => p.Quantity is 1 or 2 or 3,
        ["quantity: { nin: [1, 2, 3] }"] = p => p.Quantity is not (1 or 2 or 3),
        // A null item of in/nin matches the rows whose value is null: none where the member cannot be null.
        ["quantity: { in: [1, null] }"] = p => p.Quantity == 1,
        ["quantity: { nin: [null] }"] = p => true,
        ["createdAt: { nin: [null] }"] = p => true,
        ["releasedOn: { nin: [null, \"2022-01-01\"] }"] = p => p.ReleasedOn != NewYear2022,
        ["status: { in: [DRAFT, null] }"] = p => p.Status == Status.Draft,
        ["rank: { nin: [null] }"] = p => p.Rank != null,
        ["quantity: { gt: 50 }"] = p => p.Quantity > 50,
        ["quantity: { ngt: 50 }"] = p => p.Quantity <= 50,
        ["quantity: { gte: 50 }"] = p => p.Quantity >= 50,
        ["quantity: { ngte: 50 }"] = p => p.Quantity < 50,
        ["quantity: { lt: 50 }"] = p => p.Quantity < 50,
        ["quantity: { nlt: 50 }"] = p => p.Quantity >= 50,
        ["quantity: { lte: 50 }"] = p => p.Quantity <= 50,
        ["quantity: { nlte: 50 }"] = p => p.Quantity > 50,
        ["quantity: { gt: 10, lt: 20 }"] = p => p.Quantity is > 10 and < 20,
        ["rank: { eq: null }"] = p => p.Rank == null,
        ["rank: { neq: null }"] = p => p.Rank != null,
        ["rank: { gt: 10 }"] = p => p.Rank > 10,
        ["rank: { ngt: 10 }"] = p => p.Rank == null || p.Rank <= 10,
        ["rank: { in: [1, null] }"] = p => p.Rank is 1 or null,
        ["views: { gt: 2500000000 }"] = p => p.Views > 2_500_000_000L,
        ["views: { nlte: 2500000000 }"] = p => p.Views > 2_500_000_000L,
        ["views: { lt: 100000000 }"] = p => p.Views < 100_000_000L,
        ["rating: { gte: 2.5 }"] = p => p.Rating >= 2.5,
        ["rating: { nlt: 4.5 }"] = p => p.Rating >= 4.5,
        ["rating: { lt: 1 }"] = p => p.Rating < 1,
        ["price: { gt: 500 }"] = p => p.Price > 500m,
        ["price: { ngte: 100.5 }"] = p => p.Price < 100.5m,
        ["createdAt: { gt: \"2024-06-01T00:00:00Z\" }"] = p => p.CreatedAt > June,
        ["createdAt: { lte: \"2024-06-01T00:00:00Z\" }"] = p => p.CreatedAt <= June,
        ["releasedOn: { gte: \"2022-01-01\" }"] = p => p.ReleasedOn >= NewYear2022,
        ["releasedOn: { nlt: \"2022-01-01\" }"] = p => p.ReleasedOn >= NewYear2022,
        ["releasedOn: { lt: \"2022-01-01\" }"] = p => p.ReleasedOn < NewYear2022,
        ["key: { eq: \"00000007-0000-0000-0000-000000000000\" }"] = p => p.Key == Key7,
        ["key: { neq: \"00000007-0000-0000-0000-000000000000\" }"] = p => p.Key != Key7,
        ["key: { in: [\"00000007-0000-0000-0000-000000000000\", \"00000009-0000-0000-0000-000000000000\"] }"] = p => p.Key == Key7 || p.Key == Key9,
        ["key: { nin: [\"00000007-0000-0000-0000-000000000000\"] }"] = p => p.Key != Key7,
        ["code: { eq: \"C-0005\" }"] = p => p.Code == "C-0005",
        ["code: { neq: \"C-0005\" }"] = p => p.Code != "C-0005",
        ["code: { in: [\"C-0005\", \"C-0900\"] }"] = p => p.Code is "C-0005" or "C-0900",
        ["code: { nin: [\"C-0005\"] }"] = p => p.Code != "C-0005",
        ["active: { eq: true }"] = p => p.Active,
        ["active: { neq: true }"] = p => !p.Active,
        ["status: { eq: ACTIVE }"] = p => p.Status == Status.Active,
        ["status: { neq: ACTIVE }"] = p => p.Status != Status.Active,
        ["status: { in: [DRAFT, RETIRED] }"] = p => p.Status is Status.Draft or Status.Retired,
        ["status: { nin: [DRAFT] }"] = p => p.Status != Status.Draft,
        ["category: { name: { eq: \"Category Blue\" } }"] = p => p.Category!.Name == "Category Blue",
        [$"category: {{ id: {{ in: [\"{Id("Category", 2)}\", \"{Id("Category", 3)}\"] }}, name: {{ endsWith: \"n\" }} }}"] =
            p => p.Category!.Id is 2 or 3 && p.Category.Name.EndsWith('n'),
        // The node's id takes global ids (HotChocolate's IdOperationFilterInput), as its id field gives them.
        [$"id: {{ eq: \"{Id("Product", 5)}\" }}"] = p => p.Id == 5,
        [$"id: {{ neq: \"{Id("Product", 5)}\" }}"] = p => p.Id != 5,
        [$"id: {{ in: [\"{Id("Product", 3)}\", \"{Id("Product", 8)}\"] }}"] = p => p.Id is 3 or 8,
        [$"id: {{ nin: [\"{Id("Product", 3)}\"] }}"] = p => p.Id != 3,
        ["parts: { some: { weight: { gt: 40 } } }"] = p => p.Parts.Exists(x => x.Weight > 40),
        ["parts: { all: { weight: { gt: 10 } } }"] = p => p.Parts.TrueForAll(x => x.Weight > 10),
        ["parts: { none: { label: { eq: \"part Blue\" } } }"] = p => !p.Parts.Exists(x => x.Label == "part Blue"),
        ["parts: { any: true }"] = p => p.Parts.Count > 0,
        ["parts: { any: false }"] = p => p.Parts.Count == 0,
        ["reviews: { some: { stars: { eq: 5 } }, any: true }"] = p => p.Reviews.Exists(r => r.Stars == 5),
        ["or: [{ quantity: { lt: 5 } }, { quantity: { gt: 95 } }]"] = p => p.Quantity is < 5 or > 95,
        ["and: [{ quantity: { gt: 5 } }, { active: { eq: false } }], status: { eq: RETIRED }"] = p => p.Quantity > 5 && !p.Active && p.Status == Status.Retired,
    };

    public static TheoryData<string> Filters() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task EveryOperationKeepsExactlyTheRowsItDescribes(string where)
    {
        var expected = database.Products.Where(Cases[where]).Select(p => p.Id).OrderBy(id => id).ToList();

        var connection = (Connection)(await DataHarness.Resolve(database, $"{{ products(first: 50, where: {{ {where} }}) {{ nodes {{ id }} totalCount }} }}"))!;

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, connection.TotalCount);
        Assert.Equal(expected.Take(50), connection.Nodes.Cast<Product>().Select(p => p.Id));
    }

    [Theory]
    [InlineData("quantity: { in: [null] }")]
    [InlineData("createdAt: { in: [null] }")]
    [InlineData("status: { in: [null] }")]
    public async Task ANullItemOfInMatchesNothingWhereTheMemberCannotBeNull(string where)
    {
        var connection = (Connection)(await DataHarness.Resolve(database, $"{{ products(first: 50, where: {{ {where} }}) {{ nodes {{ id }} totalCount }} }}"))!;

        Assert.Equal(0, connection.TotalCount);
    }

    [Theory]
    [InlineData("note: { contains: null }", "The operation \"contains\" on \"note\" cannot take null; give a value or leave it out.")]
    [InlineData("quantity: { gt: null }", "The operation \"gt\" on \"quantity\" cannot take null; give a value or leave it out.")]
    [InlineData("status: { in: null }", "The operation \"in\" on \"status\" cannot take null; give a value or leave it out.")]
    [InlineData("parts: { any: null }", "The filter field \"parts.any\" cannot be null.")]
    [InlineData("category: null", "The filter field \"category\" cannot be null.")]
    [InlineData("or: null", "The filter field \"or\" cannot be null.")]
    public async Task ANullWhereAnOperationNeedsAValueIsAClearError(string where, string message)
    {
        var error = await Assert.ThrowsAsync<DataException>(() => DataHarness.Resolve(database, $"{{ products(where: {{ {where} }}) {{ nodes {{ id }} }} }}"));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("startsWith")]
    [InlineData("contains")]
    [InlineData("eq")]
    public async Task AFilterStringOverFourThousandCharactersIsAClearErrorNotADatabaseFault(string operation)
    {
        var error = await Assert.ThrowsAsync<DataException>(() => DataHarness.Resolve(
            database,
            $"{{ products(where: {{ note: {{ {operation}: \"{new string('a', 60_000)}\" }} }}) {{ nodes {{ id }} }} }}"));

        Assert.Equal("The value for \"note\" is longer than 4000 characters.", error.Message);
    }

    [Fact]
    public async Task ValuesAreSentAsParametersNotAsSqlText()
    {
        database.Commands.Reset();

        await DataHarness.Resolve(database, "{ products(where: { note: { contains: \"x'; DROP\" }, quantity: { gt: 4242 } }) { nodes { id } } }");

        var sql = Assert.Single(database.Commands.Commands);
        Assert.DoesNotContain("DROP", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("4242", sql, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id: { eq: \"not an id\" }", "The id \"not an id\" is not valid.")]
    [InlineData("id: { eq: \"5\" }", "The id \"5\" is not valid.")]
    [InlineData("id: { in: [\"Q2F0ZWdvcnk6Mg==\"] }", "The id \"Q2F0ZWdvcnk6Mg==\" is not the id of a Product.")]
    [InlineData("category: { id: { eq: \"UHJvZHVjdDpx\" } }", "The id \"UHJvZHVjdDpx\" is not the id of a Category.")]
    [InlineData("id: { eq: \"UHJvZHVjdDpx\" }", "The id \"UHJvZHVjdDpx\" is not valid.")]
    public async Task AMalformedOrWrongTypeIdInAFilterIsAnErrorWithACode(string where, string message)
    {
        var error = await Assert.ThrowsAsync<DataException>(() => DataHarness.Resolve(database, $"{{ products(where: {{ {where} }}) {{ nodes {{ id }} }} }}"));

        Assert.Equal(message, error.Message);
        Assert.Equal("INVALID_ID", error.Code);
    }

    private static string Id(string type, int key) => NodeId.Encode(type, key);

    private static string Fold(string value) => new FoldingNormalizer().Normalize(value);
}
