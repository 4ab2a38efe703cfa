using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Tests.Types.CodeFirst;

// A code-first schema that uses every convention the builder supports; the tests read it back.
#pragma warning disable CS1573, CA1041, CA1822, CA1024, CA1002, CA1819, CA1034, CA1056, CA1716, CA1720, CA1054, CA1862, IDE0060

/// <summary>
/// A municipal district of Tehran.
/// </summary>
public sealed class District
{
    /// <summary>The district's number, 1 to 22.</summary>
    [ID]
    public int Number { get; init; }

    /// <summary>
    /// The English name,
    /// as signs spell it.
    /// </summary>
    public string Name { get; init; } = string.Empty;

    public string? NameFa { get; init; }

    public IReadOnlyList<Site> Sites { get; init; } = [];

    public List<List<int>> Grid { get; init; } = [];

    public List<List<string?>?>? Sparse { get; init; }

    public DistrictStatus Status { get; init; }

    [GraphQLDeprecated("Use `nameFa`.")]
    public string? PersianName => NameFa;

    [Obsolete]
    public int OldCode => 0;

    [GraphQLIgnore]
    public string Secret => "hidden";

    public DateTimeOffset UpdatedAt { get; init; }

    public DateOnly Founded { get; init; }

    public Guid Key { get; init; }

    public Uri? Website { get; init; }

    public long Population { get; init; }

    public decimal AreaKm2 { get; init; }

    public int? Rank { get; init; }

    [GraphQLName("motto")]
    public Task<string> GetSloganAsync(CancellationToken cancellationToken) => Task.FromResult("Tehran " + Number);

    /// <summary>Greets someone.</summary>
    /// <param name="name">Who to greet.</param>
    /// <param name="punctuation">How to end.</param>
    public string Greeting(
        string name,
        [GraphQLDescription("Repeat count.")] int times = 1,
        string punctuation = "!",
        [GraphQLDeprecated("Use `times`.")] int? repeat = null) =>
        string.Concat(Enumerable.Repeat($"Hello {name}{punctuation}", times));
}

/// <summary>Where a district's review stands.</summary>
public enum DistrictStatus
{
    /// <summary>In service.</summary>
    Active,

    UnderReview,

    [GraphQLDeprecated("Merged into another district.")]
    Closed,

    [GraphQLIgnore]
    Hidden,

    [GraphQLName("HTTP_OK")]
    Ok,
}

/// <summary>Something with a global id.</summary>
public interface INode
{
    [ID]
    string Id { get; }
}

/// <summary>A place on the map.</summary>
public interface IPlace : INode
{
    string Title { get; }
}

[UnionType("SearchResult")]
public interface ISearchResult;

/// <summary>A crisis capacity site.</summary>
public sealed class Site : IPlace, ISearchResult
{
    [ID]
    public string Id { get; init; } = string.Empty;

    public string Title { get; init; } = string.Empty;

    public int Capacity { get; init; }

    public IEnumerable<string>? Tags { get; init; }
}

public sealed class Person : INode, ISearchResult
{
    [ID]
    public string Id { get; init; } = string.Empty;

    public string FullName { get; init; } = string.Empty;
}

/// <summary>The data of a new site.</summary>
/// <param name="Title">The site's title.</param>
/// <param name="Capacity">How many people it shelters.</param>
/// <param name="Tags">Free tags.</param>
public sealed record AddSiteInput(string Title, int Capacity = 10, IReadOnlyList<string>? Tags = null);

public sealed record SiteFilter
{
    public string? TitleContains { get; init; }

    public int? MinCapacity { get; init; }

    [GraphQLDeprecated]
    public string? Legacy { get; init; }
}

[OneOf]
public sealed record SiteBy
{
    public string? Id { get; init; }

    public string? Title { get; init; }
}

public interface IClock
{
    DateTimeOffset Now { get; }
}

public sealed class FixedClock : IClock
{
    public DateTimeOffset Now { get; } = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);
}

[QueryType]
public static class DistrictQueries
{
    public static IReadOnlyList<District> Districts { get; } =
    [
        new() { Number = 1, Name = "Tajrish", NameFa = "تجریش", Sites = [new Site { Id = "s1", Title = "Park", Capacity = 300 }] },
        new() { Number = 6, Name = "Yusef Abad" },
    ];

    public static District? GetDistrict(int number) => Districts.FirstOrDefault(d => d.Number == number);

    public static IEnumerable<Site> Sites(SiteFilter? filter) =>
        Districts.SelectMany(d => d.Sites).Where(s => filter?.MinCapacity is not { } min || s.Capacity >= min);

    public static Site? Site(SiteBy by) => Districts.SelectMany(d => d.Sites).FirstOrDefault(s => s.Id == by.Id || s.Title == by.Title);

    public static IReadOnlyList<ISearchResult> Search(string text) => [new Person { Id = "p1", FullName = text }];

    public static INode? Node([ID] string id) => Districts.SelectMany(d => d.Sites).FirstOrDefault(s => s.Id == id);

    public static IPlace? Place(string title) => Districts.SelectMany(d => d.Sites).FirstOrDefault(s => s.Title == title);

    public static DateTimeOffset Now([Service] IClock clock) => clock.Now;

    public static string Echo(IResolverContext context, [GraphQLName("value")] string text) => context.Field.Name + ":" + text;

    public static async IAsyncEnumerable<int> Countdown(int from)
    {
        for (var i = from; i > 0; i--)
        {
            await Task.Yield();
            yield return i;
        }
    }
}

[MutationType]
public sealed class SiteMutations
{
    public ValueTask<Site> AddSite(AddSiteInput input, IClock clock) =>
        ValueTask.FromResult(new Site { Id = "new", Title = input.Title + "@" + clock.Now.Year, Capacity = input.Capacity, Tags = input.Tags });
}

[SubscriptionType]
public sealed class SiteSubscriptions
{
    public async IAsyncEnumerable<Site> OnSiteAdded(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return new Site { Id = "s" + i, Title = "T" + i };
        }
    }
}

[ExtendObjectType(typeof(District))]
public sealed class DistrictExtensions
{
    public int SiteCount([Parent] District district) => district.Sites.Count;
}

public static class TestSchema
{
    /// <summary>The schema with a custom directive and a description as well.</summary>
    public static Schema CreateWithEverything()
    {
        var cached = new DirectiveDefinition("cached") { Description = "Caches a field.", IsRepeatable = true };
        cached.AddLocations(Hamahang.GraphQL.Language.DirectiveLocation.FIELD_DEFINITION, Hamahang.GraphQL.Language.DirectiveLocation.OBJECT);
        cached.AddArgument(new ArgumentDefinition("ttl", BuiltInScalars.Int) { DefaultValue = 60, Description = "Seconds." });
        return Builder().AddDirectiveType(cached).SetDescription("Tehran's districts.").Create();
    }

    public static Schema Create() => Builder().Create();

    private static SchemaBuilder Builder() => SchemaBuilder.New()
        .AddType(typeof(DistrictQueries))
        .AddType<SiteMutations>()
        .AddType<SiteSubscriptions>()
        .AddType<DistrictExtensions>()
        .AddType<Person>()
        .RegisterService<IClock>();
}
