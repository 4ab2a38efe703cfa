using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hamahang.Workshop.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.Workshop.Tests;

/// <summary>
/// The workshop's <c>sessions</c> field over HTTP and SQLite: filtered through its <c>SessionFilterInputType</c> and sorted
/// on the members HotChocolate's sort input takes, the <c>track</c> an extension resolves included (sorted by its
/// columns in SQL).
/// </summary>
public sealed class SessionQueryTests : IAsyncLifetime
{
    private WorkshopHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await WorkshopHost.StartAsync();
        await using var db = await _host.Services.GetRequiredService<IDbContextFactory<WorkshopDbContext>>().CreateDbContextAsync();
        var (keynotes, workshops) = (new Track { Name = "Keynotes" }, new Track { Name = "Workshops" });
        db.Sessions.AddRange(
            new Session { Title = "Data loaders", Abstract = "Batching", Track = workshops },
            new Session { Title = "Opening", Track = keynotes },
            new Session { Title = "Unscheduled" },
            new Session { Title = "Filtering", Abstract = "Where clauses", Track = keynotes });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SessionsSortByTheirTrackName()
    {
        var result = await PostAsync("{ sessions(order: [{ track: { name: DESC } }, { title: ASC }]) { nodes { title track { name } } } }");

        Assert.Equal(["Data loaders", "Filtering", "Opening", "Unscheduled"], Titles(result));
        Assert.Equal("Workshops", result?["data"]?["sessions"]?["nodes"]?[0]?["track"]?["name"]?.GetValue<string>());
    }

    [Fact]
    public async Task SessionsFilterOnTheFieldsTheirFilterTypeBinds()
    {
        var result = await PostAsync(
            """{ sessions(where: { or: [{ abstract: { contains: "Batch" } }, { title: { startsWith: "Op" } }] }) { nodes { title } } }""");

        Assert.Equal(["Data loaders", "Opening"], Titles(result));
    }

    [Fact]
    public async Task AFilterOnTheTrackIdTheFilterTypeLeavesOutIsAValidationError()
    {
        var result = await PostAsync("{ sessions(where: { trackId: { eq: 1 } }) { nodes { title } } }");

        Assert.Null(result?["data"]);
        Assert.Contains("trackId", result?["errors"]?[0]?["message"]?.GetValue<string>(), StringComparison.Ordinal);
    }

    private static List<string> Titles(JsonNode? result) =>
        result?["data"]?["sessions"]?["nodes"]?.AsArray().Select(n => n!["title"]!.GetValue<string>()).ToList() ?? [];

    private async Task<JsonNode?> PostAsync(string query)
    {
        using var response = await _host.Client.PostAsJsonAsync("graphql", new { query });
        return JsonNode.Parse(await response.Content.ReadAsStringAsync());
    }
}
