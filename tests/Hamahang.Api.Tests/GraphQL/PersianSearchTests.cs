using Hamahang.Api.Commands;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.Api.Tests.GraphQL;

/// <summary>
/// Every searchable field, over HTTP: words joined by a ZWNJ, a space or nothing find each other, in
/// <c>contains</c>, <c>startsWith</c> and <c>eq</c>, beside the Arabic letters and digits that already matched.
/// </summary>
public sealed class PersianSearchTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private const string Zwnj = "\u200C";

    // Written as a careful typist would: ZWNJ inside both words, Persian digits.
    private const string Stored = "آزمون هم" + Zwnj + "اندیشی اخ" + Zwnj + "الصنایع ۱۴۰۲";

    // (entity, property, root query, filter path to the entity): each field a string filter reaches.
    public static TheoryData<string, string, string, string> Fields => new()
    {
        { nameof(District), nameof(District.Name), "districts", "" },
        { nameof(District), nameof(District.AreaName), "districts", "" },
        { nameof(Organization), nameof(Organization.Name), "organizations", "" },
        { nameof(Person), nameof(Person.FullName), "people", "" },
        { nameof(Person), nameof(Person.Title), "people", "" },
        { nameof(Site), nameof(Site.Name), "sites", "" },
        { nameof(Site), nameof(Site.Address), "sites", "" },
        { nameof(Meeting), nameof(Meeting.Title), "meetings", "" },
        { nameof(Meeting), nameof(Meeting.Summary), "meetings", "" },
        { nameof(WorkingGroup), nameof(WorkingGroup.Name), "workingGroups", "" },
        { nameof(WorkingGroup), nameof(WorkingGroup.Specialty), "workingGroups", "" },
        { nameof(Decision), nameof(Decision.Text), "workingGroups", "formedByDecision" },
        { nameof(Inspection), nameof(Inspection.Title), "inspections", "" },
        { nameof(Finding), nameof(Finding.Title), "findings", "" },
        { nameof(Finding), nameof(Finding.Description), "findings", "" },
        { nameof(Finding), nameof(Finding.Location), "findings", "" },
        { nameof(Campaign), nameof(Campaign.Name), "campaigns", "" },
    };

    // Searched text that no filter reaches: agenda items and minutes sections are read through their meeting.
    private static readonly string[] NotFilterable = ["AgendaItem.Title", "MinutesSection.Body"];

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task EachSpellingOfTheJoinedWordsFindsTheField(string entity, string property, string root, string path)
    {
        var (id, rows) = await StoreAsync(entity, property);
        var admin = await factory.CreateKeyAsync(ApiKeyRole.Admin);
        string[] found =
        [
            "هم اندیشی", "هماندیشی", "هم" + Zwnj + "اندیشی", "اخ الصنایع", "اخالصنايع", "اندیشی اخ",
        ];
        foreach (var term in found)
        {
            Assert.Equal(rows, await CountAsync(admin, root, path, Ids.Of(entity, id), property, "contains", term));
        }

        Assert.Equal(rows, await CountAsync(admin, root, path, Ids.Of(entity, id), property, "startsWith", "آزمون هماندیشی"));
        Assert.Equal(rows, await CountAsync(admin, root, path, Ids.Of(entity, id), property, "eq", "آزمون هم اندیشی اخ الصنایع 1402"));
        Assert.Equal(0, await CountAsync(admin, root, path, Ids.Of(entity, id), property, "contains", "هم اندیشیدن"));
        Assert.Equal(0, await CountAsync(admin, root, path, Ids.Of(entity, id), property, "eq", "آزمون هم اندیشی"));
    }

    [Fact]
    public void TheTheoryCoversEverySearchedColumnAFilterReaches()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var searched = db.Model.GetEntityTypes()
            .SelectMany(t => t.GetProperties().Where(p => p.Name.EndsWith(NormalizedColumns.Suffix, StringComparison.Ordinal))
                .Select(p => $"{t.ClrType.Name}.{p.Name[..^NormalizedColumns.Suffix.Length]}"))
            .Order(StringComparer.Ordinal);
        var covered = Fields.Select(row => $"{row[0]}.{row[1]}").Concat(NotFilterable).Order(StringComparer.Ordinal);
        Assert.Equal(searched, covered);
    }

    // The row written and how many rows of the root query reach it (a decision forms several groups).
    private async Task<(int Id, int Rows)> StoreAsync(string entity, string property)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var type = db.Model.GetEntityTypes().Single(t => t.ClrType.Name == entity).ClrType;
        var id = entity == nameof(Decision)
            ? await db.WorkingGroups.Where(g => g.FormedByDecisionId != null).MinAsync(g => g.FormedByDecisionId!.Value)
            : await ((IQueryable<Entity>)db.GetType().GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(type).Invoke(db, null)!)
                .MinAsync(e => e.Id);
        var row = (await db.FindAsync(type, id))!;
        db.Entry(row).Property(property).CurrentValue = Stored;
        await db.SaveChangesAsync();
        var rows = entity == nameof(Decision) ? await db.WorkingGroups.CountAsync(g => g.FormedByDecisionId == id) : 1;
        return (id, rows);
    }

    private async Task<int> CountAsync(string key, string root, string path, string id, string property, string operation, string term)
    {
        var field = char.ToLowerInvariant(property[0]) + property[1..];
        var filter = $"{{ and: [{{ id: {{ eq: \"{id}\" }} }}, {{ {field}: {{ {operation}: $term }} }}] }}";
        if (path.Length > 0)
        {
            filter = $"{{ {path}: {filter} }}";
        }

        var response = await factory.PostAsync($"query($term: String) {{ {root}(where: {filter}) {{ totalCount }} }}", key, new { term });
        Assert.False(response.HasErrors, response.ToString());
        return response.At($"{root}.totalCount").GetInt32();
    }
}
